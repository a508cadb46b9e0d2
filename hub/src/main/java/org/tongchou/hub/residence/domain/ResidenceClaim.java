package org.tongchou.hub.residence.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;

/**
 * One region's claim that the person lived in {@code region} (a county) from {@code from} until
 * {@code until} (exclusive; null while open). {@code reportedBy} is the jurisdiction of the
 * credential that reported the arrival: claims of different reporters can conflict, claims of one
 * reporter are that reporter's own sequence of moves. {@code arrivalKey} is the arrival's record
 * key (reporting division and record id), which stays the same when a correction moves the claim.
 */
public record ResidenceClaim(
    String arrivalRecordId,
    String region,
    String reportedBy,
    LocalDate from,
    LocalDate until,
    String endReason,
    String arrivalKey) {

  /** Why a claim ended when the same reporter registered the person somewhere else. */
  public static final String SUPERSEDED = "superseded";

  /**
   * The arrival's record key; events recorded before keys were kept name the claim by county and
   * record id.
   */
  @JsonIgnore
  public String key() {
    return arrivalKey != null ? arrivalKey : region + "/" + arrivalRecordId;
  }

  @JsonIgnore
  public boolean isOpen() {
    return until == null;
  }

  /** Do the two stretches share at least one day? Open stretches run for ever. */
  /** Is {@code day} one of the claimed days? */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && (until == null || day.isBefore(until));
  }

  public boolean overlaps(ResidenceClaim other) {
    boolean startsBeforeOtherEnds = other.until == null || from.isBefore(other.until);
    boolean otherStartsBeforeThisEnds = until == null || other.from.isBefore(until);
    return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  public ResidenceClaim endedOn(LocalDate day, String reason) {
    return new ResidenceClaim(arrivalRecordId, region, reportedBy, from, day, reason, arrivalKey);
  }
}
