package org.tongchou.hub.residence.domain;

import java.time.LocalDate;

/**
 * A residence-affecting record, in the order the hub recorded it: an arrival or the end of a
 * residence. The timeline is always folded from these, so a correction that replaces one entry
 * re-derives every later stretch instead of patching it. {@code key} is the record key it was
 * reported under, which a correction that moves it keeps.
 */
public record ResidenceEntry(
    String recordId,
    Kind kind,
    String region,
    String reportedBy,
    LocalDate on,
    String reason,
    String key) {

  public enum Kind {
    ARRIVAL,
    END
  }

  /** An arrival as first reported: its record key is its county and record id. */
  public static ResidenceEntry arrival(
      String recordId, String region, String reportedBy, LocalDate on) {
    return arrival(recordId, region, reportedBy, on, region + "/" + recordId);
  }

  public static ResidenceEntry arrival(
      String recordId, String region, String reportedBy, LocalDate on, String key) {
    return new ResidenceEntry(recordId, Kind.ARRIVAL, region, reportedBy, on, null, key);
  }

  public static ResidenceEntry end(
      String recordId, String region, String reportedBy, LocalDate on, String reason) {
    return new ResidenceEntry(
        recordId, Kind.END, region, reportedBy, on, reason, region + "/" + recordId);
  }
}
