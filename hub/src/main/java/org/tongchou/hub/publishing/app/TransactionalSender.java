package org.tongchou.hub.publishing.app;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;

/**
 * Sends the publisher's batches to Kafka, one Kafka transaction per batch, so that a batch reaches
 * {@code read_committed} consumers whole and in order, or not at all (issue #16).
 *
 * <p>Why transactions: the idempotent producer alone keeps order only while it retries a send
 * itself. When a leader dies during the first sends to a fresh topic, a send can fail for good
 * (out-of-order sequence, expired batch) while later sends of the same batch are written; the batch
 * is then published again from the processor's token, and the topic showed one person's positions
 * as {@code 9 10 11 12 13 14 1 2 9 10}. Inside a transaction, a failed send makes the whole batch
 * fail: what it wrote is aborted and invisible to read_committed consumers, and the batch is sent
 * again in a new transaction.
 *
 * <p>On any failure the producer is closed, not asked to abort: abortTransaction needs the very
 * broker that is failing and is not allowed after a fatal error. The next batch starts a new
 * producer with the same {@code transactional.id}, whose initTransactions bumps the producer epoch:
 * that fences every request of the old producer still in flight and aborts its open transaction, so
 * nothing of the failed attempt can be written after the attempt that replaces it. The same fencing
 * stops a hub node that lost the publisher's token claim but still sends.
 *
 * <p>Once, not at least once: each transaction also writes the token after its batch to the
 * progress topic ({@link PublishedProgress}). A new producer reads it back after initTransactions,
 * and {@link #alreadyPublished} then tells the publisher which events of a batch sent again (after
 * a node was killed between Kafka's commit and the token's, or after a commit whose outcome was
 * unknown) Kafka already holds.
 *
 * <p>Used by the publisher's one processor thread only.
 */
final class TransactionalSender implements AutoCloseable {

  private final Supplier<Producer<String, byte[]>> producers;
  private final PublishedProgress progress;
  private Producer<String, byte[]> producer;
  private boolean inTransaction;

  /** What Kafka holds, as read by the current producer and moved by its commits. */
  private Optional<GapAwareTrackingToken> committed = Optional.empty();

  TransactionalSender(Supplier<Producer<String, byte[]>> producers, PublishedProgress progress) {
    this.producers = producers;
    this.progress = progress;
  }

  /**
   * Whether Kafka already committed the event whose tracking token is {@code token}: an earlier
   * attempt of this batch (this node's or a killed node's) did. Starts a producer if there is none,
   * reading the progress topic.
   *
   * @throws PublishingFailed when Kafka cannot be reached
   */
  synchronized boolean alreadyPublished(TrackingToken token) {
    try {
      if (producer == null) {
        start();
      }
    } catch (KafkaException e) {
      discard();
      throw new PublishingFailed("Kafka cannot start the publisher's producer", e);
    }
    Optional<GapAwareTrackingToken> event = gapAware(token);
    return event.isPresent() && committed.isPresent() && committed.get().covers(event.get());
  }

  /** Sends one record inside the current batch's transaction, beginning it if needed. */
  synchronized void send(ProducerRecord<String, byte[]> record) {
    try {
      if (!inTransaction) {
        begin();
      }
      producer.send(record);
    } catch (KafkaException e) {
      discard();
      throw new PublishingFailed("Kafka refused an event of the batch", e);
    }
  }

  /**
   * Commits the batch's transaction, with {@code upTo} (the token after the batch's last event) in
   * the progress topic: returns once every record of it is written and visible to read_committed
   * consumers; throws {@link PublishingFailed} otherwise, after discarding the producer. A commit
   * that times out is awaited again until {@code timeout}: its outcome is unknown, and committing
   * again is how Kafka lets one learn it.
   */
  synchronized void commit(TrackingToken upTo, Duration timeout) {
    if (!inTransaction) {
      return;
    }
    Optional<GapAwareTrackingToken> token = gapAware(upTo);
    try {
      token.ifPresent(t -> producer.send(progress.record(t)));
    } catch (KafkaException e) {
      discard();
      throw new PublishingFailed("Kafka refused the batch's progress record", e);
    }
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        producer.commitTransaction();
        inTransaction = false;
        if (token.isPresent()) {
          committed = token;
        }
        return;
      } catch (TimeoutException e) {
        if (System.nanoTime() > deadline) {
          discard();
          throw new PublishingFailed("Kafka did not commit the batch within " + timeout, e);
        }
      } catch (KafkaException e) {
        discard();
        throw new PublishingFailed("Kafka did not commit the batch", e);
      }
    }
  }

  /** The batch failed elsewhere: its transaction must never commit. */
  synchronized void abandon() {
    if (inTransaction) {
      discard();
    }
  }

  private void begin() {
    if (producer == null) {
      start();
    }
    producer.beginTransaction();
    inTransaction = true;
  }

  private void start() {
    producer = producers.get();
    try {
      // Fences any earlier producer of this transactional.id and ends its open transaction, so
      // that the progress read next is final: nothing of an earlier attempt can still commit.
      producer.initTransactions();
      committed = progress.read();
    } catch (RuntimeException e) {
      // A producer whose progress is unknown must not send: the next attempt starts afresh.
      discard();
      throw e;
    }
  }

  /** The token's gap-aware form (unwrapped from a replay), if it is one. */
  private static Optional<GapAwareTrackingToken> gapAware(TrackingToken token) {
    return token == null
        ? Optional.empty()
        : WrappedToken.unwrap(token, GapAwareTrackingToken.class);
  }

  private void discard() {
    inTransaction = false;
    committed = Optional.empty();
    if (producer != null) {
      try {
        producer.close(Duration.ZERO);
      } finally {
        producer = null;
      }
    }
  }

  @Override
  public synchronized void close() {
    discard();
  }
}
