package org.tongchou.hub.feed.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.log.app.FeedSignal;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.FeedItem;

/**
 * One region's open feed. It holds no items: each drain reads at most one page, no more than the
 * credit left, straight from the store and only while gRPC says the client can take more. So a slow
 * region costs the hub one cursor and one credit counter, however far behind it is.
 */
final class FeedSubscription {

  static final int PAGE = 200;

  private final ServerCallStreamObserver<FeedItem> out;
  private final FeedReader reader;
  private final FeedSignal signal;
  private final String jurisdiction;
  private final long intervalMs;
  private final ScheduledExecutorService executor;
  private final Clock clock;
  private final RegionDirectory regions;
  private final PersonalTexts texts;
  private final AtomicLong credit = new AtomicLong();
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final Runnable wakeUp = this::schedule;
  private volatile long cursor;
  private final AtomicLong delivered = new AtomicLong();
  private volatile long lastSentAt;
  private volatile boolean closed;
  private volatile ScheduledFuture<?> heartbeat;
  private volatile Runnable onClose = () -> {};

  FeedSubscription(
      ServerCallStreamObserver<FeedItem> out,
      FeedReader reader,
      FeedSignal signal,
      String jurisdiction,
      long after,
      long intervalMs,
      ScheduledExecutorService executor,
      Clock clock,
      RegionDirectory regions,
      PersonalTexts texts) {
    this.regions = regions;
    this.texts = texts;
    this.out = out;
    this.reader = reader;
    this.signal = signal;
    this.jurisdiction = jurisdiction;
    this.cursor = after;
    this.intervalMs = intervalMs;
    this.executor = executor;
    this.clock = clock;
    this.lastSentAt = clock.millis();
  }

  /**
   * @param onClose run once when the subscription ends, however it ends
   */
  void open(long initialCredit, Runnable onClose) {
    this.onClose = onClose;
    credit.set(initialCredit);
    signal.subscribe(wakeUp);
    // Half the interval: a tick finds the interval passed at most half an interval late.
    heartbeat =
        executor.scheduleAtFixedRate(wakeUp, intervalMs / 2, intervalMs / 2, TimeUnit.MILLISECONDS);
    if (closed) {
      heartbeat.cancel(false);
    }
    schedule();
  }

  void grant(long items) {
    credit.addAndGet(items);
    schedule();
  }

  /** Coalesces wake-ups: one drain runs at a time and runs again if woken meanwhile. */
  void schedule() {
    if (!closed && wakeUps.getAndIncrement() == 0) {
      executor.execute(this::drainWhileWoken);
    }
  }

  /**
   * One page per task, then back into the executor's queue: a region catching up on a long backlog
   * takes turns with every other subscription instead of holding a thread.
   */
  private void drainWhileWoken() {
    int seen = wakeUps.get();
    boolean more;
    try {
      more = drainOnePage();
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    if (more || wakeUps.addAndGet(-seen) != 0) {
      executor.execute(this::drainWhileWoken);
    }
  }

  /** Sends at most one page; true when a full page went out and more may follow at once. */
  private boolean drainOnePage() {
    if (closed || credit.get() <= 0 || !out.isReady()) {
      return false;
    }
    long head = reader.head();
    int limit = (int) Math.min(credit.get(), PAGE);
    List<FeedReader.Entry> entries = reader.read(jurisdiction, cursor, head, limit);
    for (FeedReader.Entry entry : entries) {
      if (!out.isReady()) {
        return false; // gRPC's buffer is full: the ready handler wakes us again
      }
      // Personal texts are sealed in the store; the region is entitled to what its feed holds.
      send(
          FeedItems.of(
              entry.event() == null
                  ? entry
                  : new FeedReader.Entry(
                      entry.position(),
                      entry.globalIndex(),
                      entry.eventId(),
                      texts.reveal(entry.event()),
                      entry.checkpoint()),
              regions));
      cursor = entry.position();
      delivered.incrementAndGet();
    }
    if (entries.size() == limit) {
      return true;
    }
    // Nothing else up to head concerns this region: the cursor may skip to head.
    cursor = Math.max(cursor, head);
    if (clock.millis() - lastSentAt >= intervalMs && credit.get() > 0) {
      send(FeedItems.checkpoint(cursor, clock.instant()));
    }
    return false;
  }

  private void send(FeedItem item) {
    synchronized (out) {
      if (closed) {
        return;
      }
      out.onNext(item);
    }
    credit.decrementAndGet();
    lastSentAt = clock.millis();
  }

  private void fail(RuntimeException e) {
    end(FeedErrors.unavailable(e));
  }

  /**
   * Ends the call with an error; every way a subscription ends goes through here or {@link
   * #complete}.
   */
  void end(Throwable error) {
    try {
      synchronized (out) {
        if (!closed) {
          closed = true;
          out.onError(error);
        }
      }
    } finally {
      close();
    }
  }

  /** The hub is stopping: the subscriber resumes elsewhere or later. */
  void shutDown() {
    end(FeedErrors.shuttingDown());
  }

  void complete() {
    try {
      synchronized (out) {
        if (!closed) {
          closed = true;
          out.onCompleted();
        }
      }
    } finally {
      close();
    }
  }

  /** The last position this subscription has gone past (sent, or skipped as not the region's). */
  long cursor() {
    return cursor;
  }

  /** How many log entries (events and checkpoints, not keep-alive checkpoints) it has sent. */
  long delivered() {
    return delivered.get();
  }

  /** Stops waking up; the call itself is already ended or being cancelled. */
  void close() {
    closed = true;
    signal.unsubscribe(wakeUp);
    ScheduledFuture<?> timer = heartbeat;
    if (timer != null) {
      timer.cancel(false);
    }
    onClose.run();
  }
}
