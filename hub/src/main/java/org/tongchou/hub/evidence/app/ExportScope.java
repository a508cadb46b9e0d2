package org.tongchou.hub.evidence.app;

import java.time.Instant;

/**
 * What an export holds: one person (by key), the log entries that concern one division, the events
 * recorded in a time range, or (all null) everything. The filters combine.
 *
 * @param recordedFrom inclusive
 * @param recordedTo exclusive
 */
public record ExportScope(
    String personKey, String region, Instant recordedFrom, Instant recordedTo) {

  public static final ExportScope EVERYTHING = new ExportScope(null, null, null, null);

  public boolean everything() {
    return personKey == null && region == null && recordedFrom == null && recordedTo == null;
  }

  boolean covers(Instant recordedAt) {
    if (recordedFrom == null && recordedTo == null) {
      return true;
    }
    // An entry whose event row is gone has no time: a time-bound export names it all the same.
    return recordedAt == null
        || (recordedFrom == null || !recordedAt.isBefore(recordedFrom))
            && (recordedTo == null || recordedAt.isBefore(recordedTo));
  }
}
