package org.tongchou.adapter.hub;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How a push reconnects after its stream failed with UNAVAILABLE: exponential backoff with jitter,
 * for a bounded number of attempts in a row that get no answer at all.
 *
 * <p>Counting only attempts without progress lets a long push survive several hub restarts, while a
 * hub that is simply gone is given up on after about half a minute (defaults).
 *
 * @param maxAttempts streams opened in a row without any batch answered before giving up, at least
 *     1 (1 means: do not reconnect)
 * @param initialBackoff the wait before the second attempt
 * @param maxBackoff the longest wait between attempts
 */
public record ReconnectPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  /** 8 attempts, 0.5 s doubling up to 10 s. */
  public static final ReconnectPolicy DEFAULT =
      new ReconnectPolicy(8, Duration.ofMillis(500), Duration.ofSeconds(10));

  /** Validates the bounds. */
  public ReconnectPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
    }
  }

  /** The same policy with another number of attempts. */
  public ReconnectPolicy withMaxAttempts(int attempts) {
    return new ReconnectPolicy(attempts, initialBackoff, maxBackoff);
  }

  /**
   * The wait after the {@code failed}-th failed attempt in a row (1-based). Jittered between half
   * and all of the exponential value, so that regions cut off by one hub restart do not all come
   * back in the same instant.
   *
   * @param failed failed attempts in a row so far, at least 1
   */
  public Duration backoff(int failed) {
    long exponential = initialBackoff.toMillis() << Math.min(failed - 1, 20);
    long capped = Math.min(exponential, maxBackoff.toMillis());
    return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }
}
