package org.tongchou.adapter.hub;

import io.grpc.Status;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the region's feed through {@code RegionSync.Subscribe}, for as long as it runs.
 *
 * <p>Flow control: at most {@link FeedSettings#window()} items are granted and not yet consumed;
 * more credit is granted, half a window at a time, only as the listener consumes items.
 *
 * <p>When the stream ends with UNAVAILABLE (hub restarting, connection lost, or silent for too
 * long), or the hub cancels or completes it, the subscriber reconnects with backoff and resumes
 * after the last position its listener received; the hub guarantees that this repeats and skips
 * nothing. Any other end (UNAUTHENTICATED, INVALID_ARGUMENT, PERMISSION_DENIED, ...) would fail
 * again the same way, so it ends the feed. One subscriber runs one feed, once.
 */
public final class FeedSubscriber implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedSubscriber.class);

  private final HubClient hub;
  private final FeedSettings settings;
  private final AtomicLong lastPosition = new AtomicLong();
  private final AtomicBoolean started = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile FeedStream current;

  /**
   * A subscriber over {@code hub}'s channel; nothing is sent before {@link #run} or {@link #start}.
   */
  public FeedSubscriber(HubClient hub, FeedSettings settings) {
    this.hub = hub;
    this.settings = settings;
  }

  /**
   * Delivers the items after {@code afterPosition} (0: from the beginning) to {@code listener} on
   * the calling thread, until {@link #close()} (then returns normally) or an end not worth a
   * reconnect.
   *
   * @throws HubCallException with the hub's code and field violations when the feed ends with an
   *     error, or with UNAVAILABLE once {@code settings.reconnect().maxAttempts()} streams in a row
   *     delivered nothing
   */
  public void run(long afterPosition, FeedListener listener)
      throws HubCallException, InterruptedException {
    follow(afterPosition, (entry, item) -> listener.accept(entry));
  }

  /**
   * Like {@link #run(long, FeedListener)}, handing each item on also as the hub sent it, in proto
   * JSON. The JSON is printed on the consumer thread and only for this kind of listener.
   */
  public void run(long afterPosition, FeedItemListener listener)
      throws HubCallException, InterruptedException {
    follow(afterPosition, (entry, item) -> listener.accept(entry, FeedEntries.json(item)));
  }

  private void follow(long afterPosition, FeedAttempt.Sink listener)
      throws HubCallException, InterruptedException {
    if (!started.compareAndSet(false, true)) {
      throw new IllegalStateException("a FeedSubscriber runs one feed, once");
    }
    lastPosition.set(afterPosition);
    int failedInARow = 0;
    while (!isClosed()) {
      FeedAttempt.Outcome outcome = attempt(listener);
      Status status = outcome.status();
      if (isClosed()) {
        return;
      }
      Optional<Duration> busy = HubBusy.retryDelay(status, outcome.error());
      if (busy.isPresent()) {
        LOG.info(
            "feed: the hub serves its limit of feeds ({}); trying again in {} s",
            StreamFailure.codeAndDescription(status),
            busy.get().toSeconds());
        if (closed.await(busy.get().toMillis(), TimeUnit.MILLISECONDS)) {
          return;
        }
        hub.resetConnectBackoff();
        continue;
      }
      if (!worthResuming(status)) {
        throw HubCallException.from(
            outcome.error() != null ? outcome.error() : status.asRuntimeException());
      }
      failedInARow = outcome.delivered() ? 1 : failedInARow + 1;
      if (failedInARow >= settings.reconnect().maxAttempts()) {
        throw HubCallException.unreachable(StreamFailure.gaveUp(status, failedInARow));
      }
      long backoff = settings.reconnect().backoff(failedInARow).toMillis();
      LOG.info(
          "feed: the stream ended ({}) after position {}; reconnecting in {} ms",
          StreamFailure.codeAndDescription(status),
          lastPosition.get(),
          backoff);
      if (closed.await(backoff, TimeUnit.MILLISECONDS)) {
        return;
      }
      hub.resetConnectBackoff();
    }
  }

  /**
   * Like {@link #run}, on a new consumer thread (a daemon, so that a forgotten feed does not keep
   * the process alive). The future completes when the feed ends, exceptionally with what {@code
   * run} would throw.
   */
  public CompletableFuture<Void> start(long afterPosition, FeedListener listener) {
    CompletableFuture<Void> ended = new CompletableFuture<>();
    Thread consumer =
        new Thread(
            () -> {
              try {
                run(afterPosition, listener);
                ended.complete(null);
              } catch (Exception | Error e) {
                ended.completeExceptionally(e);
              }
            },
            "tongchou-feed");
    consumer.setDaemon(true);
    consumer.start();
    return ended;
  }

  /** The position of the last item the listener took: where a later subscription should resume. */
  public long lastPosition() {
    return lastPosition.get();
  }

  /**
   * Stops the feed: cancels the stream and lets {@code run} return; no item is delivered after the
   * listener's current one. Safe from any thread, the listener's included.
   */
  @Override
  public void close() {
    closed.countDown();
    FeedStream stream = current;
    if (stream != null) {
      stream.stop();
    }
  }

  private FeedAttempt.Outcome attempt(FeedAttempt.Sink listener) throws InterruptedException {
    CreditWindow credit = new CreditWindow(settings.window());
    FeedStream stream = FeedStream.open(hub, settings.start(lastPosition.get(), credit.initial()));
    current = stream;
    return new FeedAttempt(stream, credit, lastPosition, this::isClosed)
        .consume(listener, settings.silence());
  }

  /**
   * UNAVAILABLE is the contract's "resume from the last position received". A hub that completes
   * the stream, or cancels it (a server shut down hard resets its streams: CANCELLED), has not
   * judged the request either. The subscriber's own cancels never get here: closing is checked
   * first, and silence is reported as UNAVAILABLE.
   */
  private static boolean worthResuming(Status status) {
    return switch (status.getCode()) {
      case OK, UNAVAILABLE, CANCELLED -> true;
      default -> false;
    };
  }

  private boolean isClosed() {
    return closed.getCount() == 0;
  }
}
