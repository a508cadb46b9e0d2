package org.tongchou.hub.publishing.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.eventhandling.GapAwareTrackingToken;

/**
 * How far the events topic holds the store, kept in Kafka itself (issue #16): each batch's
 * transaction also writes the publisher's token after the batch to a one-partition compacted topic
 * ({@link PublishingSettings.Topics#progress()}), so the batch and its token become visible to
 * read_committed readers together or not at all.
 *
 * <p>Why: the processor's own token lives in the database and moves only after Kafka committed. A
 * hub node killed between the two leaves a batch in Kafka whose token never moved, and whichever
 * node takes the publisher over would send it again (7 duplicates in 8 kills of the kill-hub drill,
 * deploy/RELIABILITY.md). The sender reads this token back whenever it starts a producer (after
 * {@code initTransactions}, which completes or aborts whatever an earlier producer left open, so
 * the read is final) and skips every event it covers.
 *
 * <p>The token is Axon's {@link GapAwareTrackingToken} (the JDBC store's): an index and the gaps
 * below it, events committed later than higher ones. Covered means what Axon means by it. One token
 * for the topic presumes the publisher's one segment (application-kafka.yml): a processor split
 * into segments would need a key per segment.
 */
final class PublishedProgress {

  /** The one key of the progress topic: compaction keeps its last record. */
  static final String KEY = "kafka-publisher";

  /** Offsets read back per step while looking for the last record (aborted ones take offsets). */
  private static final int WINDOW = 64;

  private final Supplier<Consumer<String, byte[]>> consumers;
  private final String topic;
  private final Duration timeout;

  PublishedProgress(Supplier<Consumer<String, byte[]>> consumers, String topic, Duration timeout) {
    this.consumers = consumers;
    this.topic = topic;
    this.timeout = timeout;
  }

  /** The record that says Kafka holds everything {@code token} covers. */
  ProducerRecord<String, byte[]> record(GapAwareTrackingToken token) {
    return new ProducerRecord<>(topic, 0, KEY, encode(token));
  }

  /**
   * The token of the last batch Kafka committed, read with a read_committed consumer; empty when
   * nothing was ever committed (or the topic does not exist yet).
   *
   * @throws PublishingFailed when the topic cannot be read within the timeout
   */
  Optional<GapAwareTrackingToken> read() {
    long deadline = System.nanoTime() + timeout.toNanos();
    try (Consumer<String, byte[]> consumer = consumers.get()) {
      List<PartitionInfo> partitions = consumer.partitionsFor(topic, timeout);
      if (partitions == null || partitions.isEmpty()) {
        return Optional.empty();
      }
      TopicPartition partition = new TopicPartition(topic, 0);
      consumer.assign(List.of(partition));
      long begin = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
      // read_committed: the end is the last stable offset, nothing open lies before it.
      long to = consumer.endOffsets(List.of(partition), timeout).get(partition);
      while (to > begin) {
        long from = Math.max(begin, to - WINDOW);
        consumer.seek(partition, from);
        Optional<GapAwareTrackingToken> last = Optional.empty();
        while (consumer.position(partition, timeout) < to) {
          if (System.nanoTime() > deadline) {
            throw new PublishingFailed(
                "Kafka did not return " + topic + " within " + timeout, null);
          }
          for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
            if (r.offset() < to && KEY.equals(r.key())) {
              last = Optional.of(decode(r.value()));
            }
          }
        }
        if (last.isPresent()) {
          return last;
        }
        to = from;
      }
      return Optional.empty();
    } catch (org.apache.kafka.common.KafkaException e) {
      throw new PublishingFailed("the publisher's progress in " + topic + " cannot be read", e);
    }
  }

  /** {@code index} or {@code index;gap,gap,...}, UTF-8. */
  static byte[] encode(GapAwareTrackingToken token) {
    StringBuilder text = new StringBuilder(Long.toString(token.getIndex()));
    String separator = ";";
    for (Long gap : token.getGaps()) {
      text.append(separator).append(gap);
      separator = ",";
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  static GapAwareTrackingToken decode(byte[] value) {
    String text = new String(value, StandardCharsets.UTF_8);
    int semicolon = text.indexOf(';');
    long index = Long.parseLong(semicolon < 0 ? text : text.substring(0, semicolon));
    List<Long> gaps = new ArrayList<>();
    if (semicolon >= 0) {
      for (String gap : text.substring(semicolon + 1).split(",")) {
        gaps.add(Long.parseLong(gap));
      }
    }
    return GapAwareTrackingToken.newInstance(index, gaps);
  }
}
