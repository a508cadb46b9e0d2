package org.tongchou.hub.platform.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How far this hub node's clock is from the database's, from one reading of the database's clock
 * between two readings of ours: the offset is ours minus the database's at the midpoint, and the
 * uncertainty half the round trip (the database read its clock somewhere in between).
 *
 * <p>Why the database is the reference: every hub node writes into the one store, and the times
 * they write (receipts' recording times, signed checkpoints, the deadlines in scheduled_tasks that
 * any node may run) are compared with each other. Nodes that each agree with the database agree
 * with each other.
 */
public record ClockSkew(Duration offset, Duration uncertainty) {

  /**
   * The skew from our clock read at {@code sentAt}, the database's answer {@code databaseTime}, and
   * our clock read at {@code answeredAt}.
   */
  public static ClockSkew measure(Instant sentAt, Instant databaseTime, Instant answeredAt) {
    Duration roundTrip = Duration.between(sentAt, answeredAt);
    Instant midpoint = sentAt.plus(roundTrip.dividedBy(2));
    return new ClockSkew(Duration.between(databaseTime, midpoint), roundTrip.dividedBy(2));
  }

  /**
   * Why this node must not run when its clock is surely more than {@code maxSkew} off (beyond the
   * reading's uncertainty), naming the offset, the setting and the remedy; empty otherwise.
   */
  public Optional<String> refusal(Duration maxSkew, String database) {
    Duration surely = offset.abs().minus(uncertainty);
    if (surely.compareTo(maxSkew) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "this hub node's clock is "
            + seconds(offset.abs())
            + " s "
            + (offset.isNegative() ? "behind" : "ahead of")
            + " the database's ("
            + database
            + "), more than tongchou.clock.max-skew ("
            + seconds(maxSkew)
            + " s) allows: receipts' recording times, signed checkpoints and the deadlines every"
            + " node runs from the shared store take their times from this clock. Synchronise it"
            + " (NTP) with the database server's, then start the node again");
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }
}
