package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * Which entries of the hub's access log to list ({@code tongchou.v1.AccessLog.ListAccessLog}); a
 * null filter lists everything.
 *
 * @param from reads at or after this time
 * @param to reads before this time
 * @param subject reads about this person key, obligation id or export scope
 * @param reader reads by the credential with this label
 * @param purpose why the auditor reads the log, kept in the access log itself; may be empty
 * @param feedDeliveries only the pages of feeds delivered (what an office may list, within its
 *     jurisdiction)
 */
public record AccessLogQuery(
    Instant from,
    Instant to,
    String subject,
    String reader,
    String purpose,
    boolean feedDeliveries) {

  /** Every entry. */
  public static AccessLogQuery everything(String purpose) {
    return new AccessLogQuery(null, null, null, null, purpose, false);
  }
}
