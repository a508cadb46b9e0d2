package org.tongchou.hub.feed.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.feed.app.FeedHead;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.log.app.FeedLog;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.FeedItem;

/**
 * One region's open feed. It holds no items: each drain reads at most one page, no more than the
 * credit left, straight from the store and only while gRPC says the client can take more. So a slow
 * region costs the hub one cursor and one credit counter, however far behind it is.
 */
final class FeedSubscription {

  static final int PAGE = 200;

  /** Where each page is logged before it is sent (the access log, through {@link FeedReads}). */
  interface PageLog {
    /**
     * Logs a page of positions {@code first..last} carrying events about {@code personKeys}; the
     * refusal to end the feed with when it could not be logged (nothing goes out unlogged), else
     * null.
     */
    RuntimeException delivering(long first, long last, List<String> personKeys);
  }

  private final ServerCallStreamObserver<FeedItem> out;
  private final FeedReader reader;
  private final FeedHead feedHead;

  /** The jurisdiction as the feed stores divisions; null: every entry (an auditor's feed). */
  private final Integer division;

  private final String jurisdiction;
  private final boolean withImported;
  private final long intervalMs;
  private final ScheduledExecutorService executor;
  private final Clock clock;
  private final RegionDirectory regions;
  private final PersonalTexts texts;
  private final PageLog pages;
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
      FeedHead feedHead,
      String jurisdiction,
      boolean withImported,
      long after,
      long intervalMs,
      ScheduledExecutorService executor,
      Clock clock,
      RegionDirectory regions,
      PersonalTexts texts,
      PageLog pages) {
    this.pages = pages;
    this.regions = regions;
    this.texts = texts;
    this.out = out;
    this.reader = reader;
    this.feedHead = feedHead;
    this.division = jurisdiction == null ? null : FeedLog.division(jurisdiction);
    this.jurisdiction = jurisdiction;
    this.withImported = withImported;
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
    feedHead.subscribe(wakeUp);
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
    FeedHead.Advance advance = feedHead.latest();
    long head = advance.head();
    if (!advance.mustRead(division, cursor)) {
      // Nothing up to head concerns this region (or nothing is new): no read of the store.
      cursor = Math.max(cursor, head);
      checkpointIfDue();
      return false;
    }
    int limit = (int) Math.min(credit.get(), PAGE);
    List<FeedReader.Entry> entries = reader.read(jurisdiction, cursor, head, limit, withImported);
    if (!logged(entries)) {
      return false;
    }
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
                      entry.checkpoint(),
                      entry.imported()),
              regions));
      cursor = entry.position();
      delivered.incrementAndGet();
    }
    if (entries.size() == limit) {
      return true;
    }
    // Nothing else up to head concerns this region: the cursor may skip to head.
    cursor = Math.max(cursor, head);
    checkpointIfDue();
    return false;
  }

  /** A quiet feed still hears at least every interval where it stands. */
  private void checkpointIfDue() {
    if (clock.millis() - lastSentAt >= intervalMs && credit.get() > 0) {
      send(FeedItems.checkpoint(cursor, clock.instant()));
    }
  }

  /**
   * Logs the page's persons before any of it goes out; false when that failed and the feed ended.
   * The log may over-report, never under-report: a page that gRPC's buffer cuts short is read and
   * logged again from where it stopped, and a call that ends mid-page leaves persons logged whose
   * events were not sent.
   */
  private boolean logged(List<FeedReader.Entry> entries) {
    Set<String> persons = new LinkedHashSet<>();
    for (FeedReader.Entry entry : entries) {
      if (entry.event() != null) {
        persons.add(entry.event().personKey());
      }
    }
    if (persons.isEmpty()) {
      return true; // checkpoints only: nothing personal
    }
    if (closed) {
      return false; // ended while the page was read: it will not go out, so it is not logged
    }
    RuntimeException unlogged =
        pages.delivering(
            entries.get(0).position(),
            entries.get(entries.size() - 1).position(),
            List.copyOf(persons));
    if (unlogged != null) {
      end(unlogged);
      return false;
    }
    return true;
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
    feedHead.unsubscribe(wakeUp);
    ScheduledFuture<?> timer = heartbeat;
    if (timer != null) {
      timer.cancel(false);
    }
    onClose.run();
  }
}
