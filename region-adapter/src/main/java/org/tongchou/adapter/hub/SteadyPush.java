package org.tongchou.adapter.hub;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.proto.v1.SubmitRequest;

/**
 * Pushes facts at a steady rate on one {@code Submit} stream, for measuring latency under load.
 *
 * <p>Open loop: each batch goes out at its scheduled time whether or not earlier ones have been
 * answered, as facts arrive from a region's systems. A closed loop (send, wait, send) would slow
 * down exactly when the hub does and hide the delays the measurement is for. There is no reconnect
 * either: a run broken by a failure did not measure a steady load, so it reports the failure
 * instead of papering over it.
 */
public final class SteadyPush {

  /**
   * What the hub answered.
   *
   * @param recordedAt each accepted fact's receipt time ({@code recorded_at}), by record id
   * @param duplicate facts the hub had already recorded (their receipt times are old: not
   *     latencies)
   * @param refusals one line per refused fact: record id, code and reason
   * @param unanswered facts without an answer (see {@code failure})
   * @param failure why the stream ended early or answers stopped coming, if so
   */
  public record Result(
      Map<String, Instant> recordedAt,
      int duplicate,
      List<String> refusals,
      int unanswered,
      Optional<String> failure) {

    /** Copies the collections. */
    public Result {
      recordedAt = Map.copyOf(recordedAt);
      refusals = List.copyOf(refusals);
    }
  }

  private final HubClient hub;
  private final int batchSize;

  /**
   * @param batchSize facts per request, 1 to {@link FactPusher#MAX_BATCH_SIZE}
   */
  public SteadyPush(HubClient hub, int batchSize) {
    if (batchSize < 1 || batchSize > FactPusher.MAX_BATCH_SIZE) {
      throw new IllegalArgumentException(
          "batch size must be 1 to " + FactPusher.MAX_BATCH_SIZE + ", was " + batchSize);
    }
    this.hub = hub;
    this.batchSize = batchSize;
  }

  /**
   * Sends {@code facts} in order at {@code perSecond} facts per second, a batch every {@code
   * batchSize / perSecond} seconds on a fixed schedule (a late send does not shift the next), then
   * waits up to {@code answerGrace} for the last answers.
   */
  public Result push(List<MappedFact> facts, double perSecond, Duration answerGrace)
      throws InterruptedException {
    SteadyStream stream = new SteadyStream();
    hub.regionSync().submit(stream);
    long start = System.nanoTime();
    double nanosPerFact = 1e9 / perSecond;
    long sequence = 0;
    for (int from = 0; from < facts.size() && !stream.ended(); from += batchSize) {
      long wait = start + (long) (from * nanosPerFact) - System.nanoTime();
      if (wait > 0) {
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      SubmitRequest.Builder batch = SubmitRequest.newBuilder().setBatchSequence(++sequence);
      facts
          .subList(from, Math.min(from + batchSize, facts.size()))
          .forEach(f -> batch.addFacts(f.fact()));
      stream.send(batch.build());
    }
    return stream.finish(answerGrace, facts.size());
  }
}
