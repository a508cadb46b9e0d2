package org.tongchou.adapter.daemon;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongchou.adapter.facts.FactLineMapper;
import org.tongchou.adapter.hub.FactPusher;
import org.tongchou.adapter.hub.ProgressListener;
import org.tongchou.adapter.hub.PushResult;
import org.tongchou.adapter.local.OutboxRow;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.StoreException;

/**
 * Pushes the outbox: takes pending rows a page at a time in id order, pushes them, and writes each
 * answer back to its row. Runs until stopped, through any failure.
 *
 * <p>A crash between the hub's answer and the row's update leaves the row pending; its next push
 * comes back DUPLICATE with the original receipt (the hub is idempotent on region and record id),
 * so every row still ends with exactly one receipt.
 */
final class PushLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(PushLoop.class);

  private final RegionStore db;
  private final FactPusher pusher;
  private final int pageSize;
  private final Duration pollInterval;
  private final Failures failures;
  private final StopSignal stop;
  private final FactLineMapper mapper = new FactLineMapper();

  PushLoop(
      RegionStore db,
      FactPusher pusher,
      int pageSize,
      Duration pollInterval,
      Failures failures,
      StopSignal stop) {
    this.db = db;
    this.pusher = pusher;
    this.pageSize = pageSize;
    this.pollInterval = pollInterval;
    this.failures = failures;
    this.stop = stop;
  }

  @Override
  public void run() {
    RegionStore.Session connection = null;
    try {
      while (!stop.stopped()) {
        try {
          connection = connection != null ? connection : db.connect();
          if (round(connection) == 0) {
            stop.pause(pollInterval);
          }
        } catch (HubFailure e) {
          retryAfter("the hub did not take the whole page: " + e.getMessage());
        } catch (StoreException e) {
          release(connection);
          connection = null;
          retryAfter("the local store failed: " + e.getMessage());
        } catch (RuntimeException e) {
          LOG.error("push: unexpected failure", e); // a bug: still no reason to stop pushing
          release(connection);
          connection = null;
          retryAfter("unexpected " + e);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread()
          .interrupt(); // stopped abruptly: the next run picks up where this one was cut off
    } finally {
      release(connection);
    }
  }

  private static void release(RegionStore.Session session) {
    if (session != null) {
      session.close();
    }
  }

  /** Pushes one page; returns the rows it took, 0 when none were pending. */
  private int round(RegionStore.Session c) throws StoreException, InterruptedException, HubFailure {
    List<OutboxRow> rows = c.pending(pageSize);
    if (rows.isEmpty()) {
      return 0;
    }
    OutboxPage page = new OutboxPage(rows, mapper);
    PushResult result = PushResult.merge(List.of());
    if (!page.facts().isEmpty()) {
      c.countAttempt(page.pushedIds());
      result = pusher.push(page.facts(), ProgressListener.NONE);
    }
    c.record(page.outcomes(result));
    PushLog.round(LOG, rows, page, result);
    if (result.failure().isPresent()) {
      throw new HubFailure(result.failure().get());
    }
    failures.reset();
    return rows.size();
  }

  private void retryAfter(String why) throws InterruptedException {
    Duration wait = failures.next();
    LOG.warn("push: {}; trying again in {}", why, Failures.text(wait));
    stop.pause(wait);
  }

  /** The push stopped before every fact was answered; the answered ones are already written. */
  private static final class HubFailure extends Exception {
    HubFailure(String why) {
      super(why, null, false, false);
    }
  }
}
