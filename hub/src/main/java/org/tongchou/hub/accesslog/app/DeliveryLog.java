package org.tongchou.hub.accesslog.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.accesslog.domain.AccessEntry;

/**
 * The feeds' pages go on the access log through here: each feed still waits until its page's entry
 * is committed before it sends the page, but the pages that arrive together are appended in one
 * transaction (group commit), so hundreds of feeds take the log's head lock once per batch instead
 * of once per page. Nothing changes in the chain: one entry per page, in the order they came.
 */
@Component
public class DeliveryLog implements SmartLifecycle {

  /** Pages appended in one transaction at most. */
  static final int MAX_BATCH = 100;

  private record Pending(AccessLog.Draft draft, CompletableFuture<AccessEntry> done) {}

  private final AccessLog log;
  private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private volatile Thread writer;

  DeliveryLog(AccessLog log) {
    this.log = log;
  }

  /**
   * Records a page of a feed about to be sent, once committed; throws what the append threw.
   * Without a running writer (the hub starting or stopping) the page is appended on its own.
   */
  public AccessEntry delivered(Caller caller, String action, List<String> subjects) {
    AccessLog.Draft draft = AccessLog.Draft.delivered(caller, action, subjects);
    if (writer == null) {
      return log.appendAll(List.of(draft)).get(0);
    }
    Pending pending = new Pending(draft, new CompletableFuture<>());
    queue.add(pending);
    while (true) {
      try {
        return pending.done().get(1, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        // The writer stopped after this page was queued and before it took it: append it here.
        if (writer == null && queue.remove(pending)) {
          return log.appendAll(List.of(draft)).get(0);
        }
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the page was being logged", e);
      }
    }
  }

  private void writeWhileRunning() {
    List<Pending> batch = new ArrayList<>(MAX_BATCH);
    while (writer == Thread.currentThread()) {
      try {
        Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        batch.add(first);
        queue.drainTo(batch, MAX_BATCH - 1);
        write(batch);
      } catch (InterruptedException e) {
        break;
      } finally {
        batch.clear();
      }
    }
    // Stopping: whoever still waits gets an answer, the pages appended on their own.
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(p -> write(List.of(p)));
  }

  private void write(List<Pending> batch) {
    try {
      List<AccessEntry> entries = log.appendAll(batch.stream().map(Pending::draft).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).done().complete(entries.get(i));
      }
    } catch (RuntimeException e) {
      batch.forEach(p -> p.done().completeExceptionally(e));
    }
  }

  @Override
  public void start() {
    Thread thread = new Thread(this::writeWhileRunning, "access-log-deliveries");
    thread.setDaemon(true);
    writer = thread;
    thread.start();
  }

  @Override
  public void stop() {
    Thread thread = writer;
    writer = null;
    if (thread != null) {
      thread.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return writer != null;
  }
}
