package org.tongchou.hub.accesslog.app;

import java.time.Instant;
import java.util.Set;

/**
 * Which entries to read: those after {@code afterSequence} up to {@code upToSequence}, read in
 * {@code [from, to)} (either open when null), by {@code reader} (a credential label) and about
 * {@code subject}, when given; only feed pages delivered when {@code deliveriesOnly}; only entries
 * of credentials whose jurisdiction is one of {@code jurisdictions} when that is not null (an
 * office's subtree: the national office's and auditors' own entries, without one, are then out);
 * only entries of {@code action} ({@code Service.Method}) when that is not null.
 */
public record AccessLogQuery(
    long afterSequence,
    long upToSequence,
    Instant from,
    Instant to,
    String reader,
    String subject,
    boolean deliveriesOnly,
    Set<String> jurisdictions,
    String action) {

  public AccessLogQuery {
    jurisdictions = jurisdictions == null ? null : Set.copyOf(jurisdictions);
  }

  /** Every entry up to {@code sequence}. */
  public static AccessLogQuery upTo(long sequence) {
    return new AccessLogQuery(0, sequence, null, null, null, null, false, null, null);
  }
}
