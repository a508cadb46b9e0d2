package org.tongchou.adapter.hub;

import java.time.Duration;
import org.tongchou.proto.v1.FeedStart;

/**
 * How a {@link FeedSubscriber} follows its feed.
 *
 * @param window items the subscriber may hold (received and not yet consumed, plus granted and not
 *     yet received), 1 to {@link #MAX_WINDOW}
 * @param checkpointInterval how often a quiet feed sends a checkpoint, 100 ms to 60 s
 * @param reconnect the backoff between streams, and how many streams in a row that deliver nothing
 *     end the feed
 * @param skipImported leave out the items of imports (a region's history being onboarded), which
 *     the hub passes over as items that are not the subscriber's
 */
public record FeedSettings(
    int window, Duration checkpointInterval, ReconnectPolicy reconnect, boolean skipImported) {

  /** Most credit the contract allows at once. */
  public static final int MAX_WINDOW = 1_000_000;

  /** The hub's own default checkpoint interval. */
  public static final Duration DEFAULT_CHECKPOINT_INTERVAL = Duration.ofSeconds(2);

  // With credit outstanding, a quiet feed sends a checkpoint per interval; several missed in a row
  // mean a connection that died without telling, which keepalive (no more often than the hub's
  // permitted 5 minutes) would notice much later. The floor rides out a long GC pause.
  private static final int MISSED_CHECKPOINTS = 3;
  private static final Duration MIN_SILENCE = Duration.ofSeconds(10);

  /** Every item, imports included. */
  public FeedSettings(int window, Duration checkpointInterval, ReconnectPolicy reconnect) {
    this(window, checkpointInterval, reconnect, false);
  }

  /** The same settings, leaving out the items of imports or not. */
  public FeedSettings withSkipImported(boolean skip) {
    return new FeedSettings(window, checkpointInterval, reconnect, skip);
  }

  /** Validates the ranges the contract allows. */
  public FeedSettings {
    if (window < 1 || window > MAX_WINDOW) {
      throw new IllegalArgumentException("window must be 1 to " + MAX_WINDOW + ", was " + window);
    }
    if (checkpointInterval.toMillis() < 100 || checkpointInterval.toMillis() > 60_000) {
      throw new IllegalArgumentException(
          "checkpoint interval must be 100 ms to 60 s, was " + checkpointInterval);
    }
  }

  /** How long a stream may stay silent before it is presumed lost and replaced. */
  Duration silence() {
    Duration missed = checkpointInterval.multipliedBy(MISSED_CHECKPOINTS);
    return missed.compareTo(MIN_SILENCE) >= 0 ? missed : MIN_SILENCE;
  }

  /** The first request of a stream that resumes after {@code position} with {@code credit}. */
  FeedStart start(long position, long credit) {
    return FeedStart.newBuilder()
        .setAfterPosition(position)
        .setCredit(credit)
        .setCheckpointIntervalMs((int) checkpointInterval.toMillis())
        .setSkipImported(skipImported)
        .build();
  }
}
