package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.tongchou.adapter.facts.MappedFact;

/**
 * Several pushes at once, one {@code Submit} stream each, over the one channel. The caller decides
 * what goes on which stream: facts of one person must stay on one stream, in order, because only
 * within a stream does the hub apply them in the order sent.
 */
public final class ParallelPush {

  private ParallelPush() {}

  /**
   * Pushes each list on its own stream and waits for all of them.
   *
   * @param progress the listener of each stream, by stream index
   */
  public static PushResult pushAll(
      FactPusher pusher, List<List<MappedFact>> streams, IntFunction<ProgressListener> progress)
      throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, streams.size()));
    try {
      List<Future<PushResult>> running = new ArrayList<>();
      for (int i = 0; i < streams.size(); i++) {
        List<MappedFact> facts = streams.get(i);
        ProgressListener listener = progress.apply(i);
        running.add(threads.submit(() -> pusher.push(facts, listener)));
      }
      List<PushResult> results = new ArrayList<>();
      for (Future<PushResult> push : running) {
        results.add(push.get());
      }
      return PushResult.merge(results);
    } catch (ExecutionException e) {
      throw new IllegalStateException("a push failed unexpectedly", e.getCause());
    } finally {
      threads.shutdownNow();
    }
  }
}
