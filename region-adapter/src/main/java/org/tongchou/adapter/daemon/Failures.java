package org.tongchou.adapter.daemon;

import java.time.Duration;
import org.tongchou.adapter.hub.ReconnectPolicy;

/**
 * Failures of a loop in a row, and the growing wait before its next try. Unlike the pusher's and
 * the subscriber's own reconnects, which give up after a few attempts, a loop never gives up: a
 * region's adapter must outlast any hub or database outage without a person restarting it.
 */
final class Failures {

  private final ReconnectPolicy policy;
  private int inARow;

  Failures(ReconnectPolicy policy) {
    this.policy = policy;
  }

  /** Counts one more failure and says how long to wait before trying again. */
  Duration next() {
    inARow = Math.min(inARow + 1, 30);
    return policy.backoff(inARow);
  }

  /** Progress was made: the next failure waits the shortest time again. */
  void reset() {
    inARow = 0;
  }

  /** A wait for a log line, e.g. {@code 40 ms} or {@code 1.5 s}. */
  static String text(Duration wait) {
    long ms = wait.toMillis();
    return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
