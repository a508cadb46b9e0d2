package org.tongchou.hub.policy.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What fulfils an obligation: a recorded fact of type {@code fact} (or, with {@code self}, the
 * opening fact itself), reported by the responsible region's line when {@code reportedBy} is {@code
 * responsible}, inside {@code window}, whose data fields hold one of the listed values ({@code
 * where}). {@code answersOpening}: it names the opening record as the one it answers; {@code
 * sameChild}: it registers the same child; {@code validOnOpening}: a certificate still valid on the
 * opening date. {@code timedBy}: whether it counts as on time by its business date ({@code
 * occurred}) or by when the hub recorded it ({@code recorded}).
 */
public record Evidence(
    String fact,
    Boolean self,
    Source reportedBy,
    Window window,
    Map<String, List<String>> where,
    Boolean answersOpening,
    Boolean sameChild,
    Boolean validOnOpening,
    Timing timedBy) {

  /** Whose reports count. */
  public enum Source {
    @JsonProperty("responsible")
    RESPONSIBLE,
    @JsonProperty("any")
    ANY
  }

  /** The business dates a fulfilling fact must lie in. */
  public enum Window {
    /** Any date. */
    @JsonProperty("any")
    ANY,
    /** On or after the opening fact's date. */
    @JsonProperty("from-opening")
    FROM_OPENING,
    /** Inside the period, while the residence lasted. */
    @JsonProperty("period")
    PERIOD,
    /** From the residence's start to the period's end. */
    @JsonProperty("residence-to-period-end")
    RESIDENCE_TO_PERIOD_END
  }

  /** Which date of the fulfilling fact is compared with the due date. */
  public enum Timing {
    @JsonProperty("occurred")
    OCCURRED,
    @JsonProperty("recorded")
    RECORDED
  }

  public boolean isSelf() {
    return Boolean.TRUE.equals(self);
  }

  public Window windowOrAny() {
    return window == null ? Window.ANY : window;
  }

  public Timing timing() {
    return timedBy == null ? Timing.OCCURRED : timedBy;
  }

  public Source source() {
    return reportedBy == null ? Source.RESPONSIBLE : reportedBy;
  }
}
