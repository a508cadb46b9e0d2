package org.tongchou.hub.feed.app;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongchou.hub.log.app.FeedLog;
import org.tongchou.hub.log.app.FeedSignal;

/**
 * The feed's end as this node last read it, shared by every open feed: one reader of the store for
 * all of them instead of one per feed (issue #16, load: with 500 feeds, each commit and each feed's
 * heartbeat read the store once per feed, and the feeds' executor fell minutes behind).
 *
 * <p>When the feed grows (a local commit, another node's NOTIFY, or the poll that catches a lost
 * one), it reads the new end and, in the same query for all feeds, which divisions the new entries
 * concern, then wakes the feeds. A feed that had read up to the previous end and whose division is
 * not among those skips to the new end without reading the store.
 */
@Component
public class FeedHead implements SmartLifecycle {

  /** What the last advance of the feed's end covered. */
  public record Advance(long previous, long head, Optional<Set<Integer>> divisions) {

    /**
     * Whether a feed of {@code division} (null: every entry) at {@code cursor} must read the store
     * to get to {@code head}: false only when this advance covers its gap and concerns none of it.
     */
    public boolean mustRead(Integer division, long cursor) {
      if (cursor >= head) {
        return false;
      }
      return cursor < previous
          || division == null
          || divisions.isEmpty()
          || divisions.get().contains(division);
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(FeedHead.class);

  /** Past this many new positions at once (an import), every feed just reads. */
  private static final int MAX_DELTA = 5_000;

  private final FeedLog log;
  private final FeedSignal signal;
  private final long pollMs;
  private final Set<Runnable> listeners = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean refreshPending = new AtomicBoolean();
  private volatile Advance latest;
  private volatile ScheduledExecutorService executor;

  FeedHead(
      FeedLog log, FeedSignal signal, @Value("${tongchou.feed.head-poll-ms:250}") long pollMs) {
    this.log = log;
    this.signal = signal;
    this.pollMs = pollMs;
  }

  /** The last advance read; read from the store on first use. */
  public Advance latest() {
    Advance advance = latest;
    if (advance == null) {
      refresh();
      advance = latest;
    }
    return advance;
  }

  /** Runs {@code listener} after each advance of the feed's end. */
  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  public void unsubscribe(Runnable listener) {
    listeners.remove(listener);
  }

  /** Reads the end; when it moved, what the new entries concern, then wakes the feeds. */
  synchronized void refresh() {
    long head = log.head();
    Advance before = latest;
    if (before != null && head <= before.head()) {
      return;
    }
    long previous = before == null ? head : before.head();
    latest = new Advance(previous, head, log.divisionsBetween(previous, head, MAX_DELTA));
    if (before != null) {
      listeners.forEach(Runnable::run);
    }
  }

  /** Coalesces signals: one refresh queued at a time, however many commits announce themselves. */
  private void requestRefresh() {
    ScheduledExecutorService running = executor;
    if (running != null && refreshPending.compareAndSet(false, true)) {
      running.execute(
          () -> {
            refreshPending.set(false);
            refreshSafely();
          });
    }
  }

  private void refreshSafely() {
    try {
      refresh();
    } catch (RuntimeException e) {
      // The store is unreachable: the feeds keep what they have and the next poll tries again.
      LOG.warn("could not read the feed's end: {}", e.toString());
    }
  }

  @Override
  public void start() {
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "feed-head");
              t.setDaemon(true);
              return t;
            });
    executor = started;
    signal.subscribe(this::requestRefresh);
    // The poll catches a NOTIFY lost with a connection; it costs one query for all feeds.
    started.scheduleWithFixedDelay(this::refreshSafely, pollMs, pollMs, TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    ScheduledExecutorService running = executor;
    executor = null;
    if (running != null) {
      running.shutdownNow();
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
