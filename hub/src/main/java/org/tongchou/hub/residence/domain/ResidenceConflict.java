package org.tongchou.hub.residence.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * Two reporters claim the same days. Both claims stay recorded; the region whose claim came first
 * is provisionally responsible until a region corrects its claim or an office rules.
 */
public record ResidenceConflict(
    ResidenceClaim existing,
    ResidenceClaim claimed,
    LocalDate overlapFrom,
    String provisionalRegion) {

  /** The conflict's id: the two claims' record keys, the newer first. */
  @JsonIgnore
  public String id() {
    return claimed.key() + "|" + existing.key();
  }

  static ResidenceConflict between(ResidenceClaim existing, ResidenceClaim claimed) {
    LocalDate overlapFrom =
        existing.from().isAfter(claimed.from()) ? existing.from() : claimed.from();
    return new ResidenceConflict(existing, claimed, overlapFrom, existing.region());
  }
}
