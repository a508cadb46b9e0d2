package org.tongchou.adapter.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The adapter's state as its tables show it, for {@code region-adapter status}.
 *
 * @param now the database's clock when read: ages are measured against it, the clock that also
 *     stamped {@code created_at}
 * @param pending outbox rows not yet answered
 * @param oldestPending when the oldest of them was inserted
 * @param accepted rows the hub recorded on their push
 * @param duplicate rows the hub had recorded before (see {@link RowOutcome.State#DUPLICATE})
 * @param refusedWaiting refused rows nobody has marked resolved
 * @param firstRefused the oldest few of them
 * @param checkpoint the feed position the adapter resumes after
 * @param hubTime the hub's time at the last checkpoint item stored
 * @param inboxRows rows in the inbox
 */
public record LocalStatus(
    Instant now,
    long pending,
    Optional<Instant> oldestPending,
    long accepted,
    long duplicate,
    long refusedWaiting,
    List<RefusedRow> firstRefused,
    long checkpoint,
    Optional<Instant> hubTime,
    long inboxRows) {

  /**
   * A refused outbox row waiting for a person.
   *
   * @param recordId the fact's recordId, or null when the JSON has none
   * @param refusal one line per field: {@code field CODE reason}
   */
  public record RefusedRow(long id, String recordId, String refusal) {}

  /** Copies the list. */
  public LocalStatus {
    firstRefused = List.copyOf(firstRefused);
  }

  /** How old the oldest pending row is. */
  public Optional<Duration> oldestPendingAge() {
    return oldestPending.map(at -> Duration.between(at, now));
  }

  /** How far behind the hub the feed is: now minus the hub's time at the last checkpoint. */
  public Optional<Duration> feedLag() {
    return hubTime.map(at -> Duration.between(at, now));
  }
}
