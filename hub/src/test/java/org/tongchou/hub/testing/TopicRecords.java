package org.tongchou.hub.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Every record of a topic, read from the beginning by a plain KafkaConsumer (no group, no commits).
 */
public final class TopicRecords {

  private TopicRecords() {}

  /**
   * Reads the topic from its start until {@code enough} holds for what was read, or {@code atMost}
   * passed; returns what was read, in partition order.
   */
  public static List<ConsumerRecord<byte[], byte[]>> read(
      String bootstrapServers,
      String topic,
      Predicate<List<ConsumerRecord<byte[], byte[]>>> enough,
      Duration atMost) {
    return read(bootstrapServers, topic, "read_committed", enough, atMost);
  }

  /**
   * The same with the consumer's {@code isolation.level}: {@code read_committed}, as docs/KAFKA.md
   * tells consumers to read (the publisher writes in transactions), or {@code read_uncommitted}
   * (the Kafka default), which also shows the records of aborted transactions.
   */
  public static List<ConsumerRecord<byte[], byte[]>> read(
      String bootstrapServers,
      String topic,
      String isolationLevel,
      Predicate<List<ConsumerRecord<byte[], byte[]>>> enough,
      Duration atMost) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.ISOLATION_LEVEL_CONFIG,
            isolationLevel);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      long until = System.nanoTime() + atMost.toNanos();
      List<TopicPartition> partitions = partitionsOf(consumer, topic, until);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      while (!enough.test(records) && System.nanoTime() < until) {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
      }
      return records;
    }
  }

  /** The topic's partitions, once it exists (the hub creates it with its first publish). */
  private static List<TopicPartition> partitionsOf(
      KafkaConsumer<?, ?> consumer, String topic, long until) {
    while (true) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      if (!partitions.isEmpty() || System.nanoTime() > until) {
        return partitions;
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return partitions;
      }
    }
  }
}
