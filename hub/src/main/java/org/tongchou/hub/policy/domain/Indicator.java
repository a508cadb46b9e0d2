package org.tongchou.hub.policy.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of a scorecard: a rate over the obligations of kind {@code obligation} in which the
 * region is the {@code party} (the responsible one unless {@code owed}), counting those that ended
 * in one of {@code counts}; {@code weight} points of the role's score.
 */
public record Indicator(
    String id, String name, String obligation, Role party, List<String> counts, BigDecimal weight) {

  /** Which side of an obligation a scorecard region is on. */
  public enum Role {
    @JsonProperty("responsible")
    RESPONSIBLE,
    @JsonProperty("owed")
    OWED
  }

  public Role partyOrResponsible() {
    return party == null ? Role.RESPONSIBLE : party;
  }
}
