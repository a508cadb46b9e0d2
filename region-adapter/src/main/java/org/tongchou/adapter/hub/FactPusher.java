package org.tongchou.adapter.hub;

import io.grpc.Status;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongchou.adapter.facts.MappedFact;

/**
 * Pushes facts to the hub through {@code RegionSync.Submit} and collects one outcome per fact.
 *
 * <p>When the stream breaks with UNAVAILABLE, it reconnects with backoff and resends every batch
 * that has no answer yet. That is safe because the hub is idempotent on (region, record id): a fact
 * it had already recorded comes back DUPLICATE with its original receipt. Any other stream error
 * (UNAUTHENTICATED, INVALID_ARGUMENT, PERMISSION_DENIED, ...) would fail again the same way, so the
 * push stops and says why. Immutable; one pusher may run several pushes at once.
 */
public final class FactPusher {

  private static final Logger LOG = LoggerFactory.getLogger(FactPusher.class);

  /** Facts per SubmitRequest unless told otherwise. */
  public static final int DEFAULT_BATCH_SIZE = 200;

  /** Most facts the contract allows in one batch. */
  public static final int MAX_BATCH_SIZE = 1000;

  /** Batches sent before the first of them is answered. */
  public static final int BATCHES_IN_FLIGHT = 4;

  private final HubClient hub;
  private final int batchSize;
  private final Duration streamTimeout;
  private final ReconnectPolicy reconnect;
  private final boolean imported;

  /**
   * @param batchSize facts per batch, 1 to {@link #MAX_BATCH_SIZE}
   * @param streamTimeout the deadline of each stream, renewed on every reconnect
   */
  public FactPusher(
      HubClient hub, int batchSize, Duration streamTimeout, ReconnectPolicy reconnect) {
    this(hub, batchSize, streamTimeout, reconnect, false);
  }

  private FactPusher(
      HubClient hub,
      int batchSize,
      Duration streamTimeout,
      ReconnectPolicy reconnect,
      boolean imported) {
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batch size must be 1 to " + MAX_BATCH_SIZE + ", was " + batchSize);
    }
    this.hub = hub;
    this.batchSize = batchSize;
    this.streamTimeout = streamTimeout;
    this.reconnect = reconnect;
    this.imported = imported;
  }

  /**
   * The same pusher, marking every batch as part of an import of the region's history ({@code
   * SubmitRequest.imported}): recorded alike, its feed items marked so that subscribers may leave
   * them out.
   */
  public FactPusher asImport() {
    return new FactPusher(hub, batchSize, streamTimeout, reconnect, true);
  }

  /** Pushes {@code facts} in order and waits until each is answered or the push gives up. */
  public PushResult push(List<MappedFact> facts, ProgressListener progress)
      throws InterruptedException {
    PushState state = new PushState(facts, batchSize, imported);
    int failedInARow = 0;
    while (!state.done()) {
      SubmitAttempt attempt = new SubmitAttempt(state, BATCHES_IN_FLIGHT, progress);
      hub.regionSync()
          .withDeadlineAfter(streamTimeout.toMillis(), TimeUnit.MILLISECONDS)
          .submit(attempt);
      attempt.start();
      Status status = attempt.ended().join();
      if (state.done()) {
        break;
      }
      if (!StreamFailure.worthReconnecting(status, attempt.answeredAny())) {
        return state.result(Optional.of(StreamFailure.describe(status)));
      }
      failedInARow = attempt.answeredAny() ? 1 : failedInARow + 1;
      if (failedInARow >= reconnect.maxAttempts()) {
        return state.result(Optional.of(StreamFailure.gaveUp(status, failedInARow)));
      }
      long backoff = reconnect.backoff(failedInARow).toMillis();
      LOG.info(
          "push: the stream ended ({}) with {} of {} facts answered; reconnecting in {} ms",
          StreamFailure.codeAndDescription(status),
          state.answered(),
          state.total(),
          backoff);
      Thread.sleep(backoff);
      hub.resetConnectBackoff();
    }
    return state.result(Optional.empty());
  }
}
