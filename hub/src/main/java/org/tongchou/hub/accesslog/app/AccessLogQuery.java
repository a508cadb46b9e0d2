package org.tongchou.hub.accesslog.app;

import java.time.Instant;

/**
 * Which entries to read: those after {@code afterSequence} up to {@code upToSequence}, read in
 * {@code [from, to)} (either open when null), by {@code reader} (a credential label) and about
 * {@code subject}, when given.
 */
public record AccessLogQuery(
    long afterSequence,
    long upToSequence,
    Instant from,
    Instant to,
    String reader,
    String subject) {

  /** Every entry up to {@code sequence}. */
  public static AccessLogQuery upTo(long sequence) {
    return new AccessLogQuery(0, sequence, null, null, null, null);
  }
}
