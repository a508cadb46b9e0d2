package org.tongchou.hub.publishing.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The acknowledgements one batch of the publisher awaits before its token may move. The sends of a
 * batch go out together (one round trip to the brokers, not one per event); the batch commits only
 * once every one of them is acknowledged.
 */
final class BatchAcks {

  private final List<Future<RecordMetadata>> pending = new ArrayList<>();

  void add(Future<RecordMetadata> ack) {
    pending.add(ack);
  }

  int size() {
    return pending.size();
  }

  /** Returns once Kafka acknowledged every send; throws {@link PublishingFailed} otherwise. */
  void awaitAll(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    for (Future<RecordMetadata> ack : pending) {
      try {
        ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      } catch (ExecutionException e) {
        throw new PublishingFailed("Kafka refused an event of the batch", e.getCause());
      } catch (TimeoutException e) {
        throw new PublishingFailed("Kafka did not acknowledge the batch within " + timeout, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new PublishingFailed("interrupted while awaiting Kafka's acknowledgements", e);
      }
    }
  }
}
