package org.tongchou.hub.publishing.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.junit.jupiter.api.Test;

class TransactionalSenderTest {

  static final String PROGRESS = "events.publisher-progress";

  final List<MockProducer<String, byte[]>> made = new ArrayList<>();

  /** The progress records Kafka holds, as a fresh consumer reads them. */
  final List<byte[]> progressInKafka = new ArrayList<>();

  final TransactionalSender sender =
      new TransactionalSender(
          () -> {
            MockProducer<String, byte[]> producer =
                new MockProducer<>(true, new StringSerializer(), new ByteArraySerializer());
            made.add(producer);
            return producer;
          },
          new PublishedProgress(this::progressConsumer, PROGRESS, Duration.ofSeconds(5)));

  MockConsumer<String, byte[]> progressConsumer() {
    MockConsumer<String, byte[]> consumer = new MockConsumer<>(OffsetResetStrategy.EARLIEST);
    if (progressInKafka.isEmpty()) {
      return consumer;
    }
    TopicPartition partition = new TopicPartition(PROGRESS, 0);
    Node node = new Node(1, "localhost", 9092);
    consumer.updatePartitions(
        PROGRESS,
        List.of(new PartitionInfo(PROGRESS, 0, node, new Node[] {node}, new Node[] {node})));
    consumer.updateBeginningOffsets(Map.of(partition, 0L));
    consumer.updateEndOffsets(Map.of(partition, (long) progressInKafka.size()));
    consumer.schedulePollTask(
        () -> {
          for (int i = 0; i < progressInKafka.size(); i++) {
            consumer.addRecord(
                new ConsumerRecord<>(
                    PROGRESS, 0, i, PublishedProgress.KEY, progressInKafka.get(i)));
          }
        });
    return consumer;
  }

  static GapAwareTrackingToken token(long index, Long... gaps) {
    return GapAwareTrackingToken.newInstance(index, List.of(gaps));
  }

  static ProducerRecord<String, byte[]> record(String key) {
    return new ProducerRecord<>("t", key, new byte[] {1});
  }

  @Test
  void aBatchIsOneCommittedTransaction() {
    sender.send(record("a"));
    sender.send(record("b"));
    sender.commit(token(2), Duration.ofSeconds(1));

    assertThat(made).hasSize(1);
    assertThat(made.get(0).transactionCommitted()).isTrue();
    // The two events, then the batch's token in the progress topic, in the same transaction.
    assertThat(made.get(0).history()).hasSize(3);
    assertThat(made.get(0).history().get(2).topic()).isEqualTo(PROGRESS);
    assertThat(PublishedProgress.decode(made.get(0).history().get(2).value())).isEqualTo(token(2));
  }

  @Test
  void aNewProducerReadsBackWhatKafkaHoldsAndTheEventsItCoversAreAlreadyPublished() {
    progressInKafka.add(PublishedProgress.encode(token(5)));
    progressInKafka.add(PublishedProgress.encode(token(9, 7L)));

    assertThat(sender.alreadyPublished(token(8, 7L))).isTrue();
    assertThat(sender.alreadyPublished(token(9, 7L))).isTrue();
    // Event 7 was committed in the store after 8 and 9, and Kafka does not have it yet.
    assertThat(sender.alreadyPublished(token(9))).isFalse();
    assertThat(sender.alreadyPublished(token(10))).isFalse();
    assertThat(made).hasSize(1);
    assertThat(made.get(0).transactionInitialized()).isTrue();
  }

  @Test
  void aCommittedBatchMovesWhatTheSenderKnowsKafkaHolds() {
    assertThat(sender.alreadyPublished(token(1))).isFalse();
    sender.send(record("a"));
    sender.commit(token(1), Duration.ofSeconds(1));

    assertThat(sender.alreadyPublished(token(1))).isTrue();
    assertThat(sender.alreadyPublished(token(2))).isFalse();
  }

  @Test
  void aTokenWithGapsIsWrittenAndReadBackAsItWas() {
    GapAwareTrackingToken token = token(120, 100L, 117L);

    assertThat(PublishedProgress.decode(PublishedProgress.encode(token))).isEqualTo(token);
    assertThat(PublishedProgress.decode(PublishedProgress.encode(token(3)))).isEqualTo(token(3));
  }

  @Test
  void aFailedCommitClosesTheProducerAndTheNextBatchStartsAFreshOne() {
    sender.send(record("a"));
    made.get(0).commitTransactionException = new NotEnoughReplicasException("1 of 2 in sync");

    assertThatThrownBy(() -> sender.commit(token(1), Duration.ofSeconds(1)))
        .isInstanceOf(PublishingFailed.class);
    assertThat(made.get(0).closed()).isTrue();
    assertThat(made.get(0).transactionCommitted()).isFalse();

    sender.send(record("a"));
    sender.commit(token(1), Duration.ofSeconds(1));
    assertThat(made).hasSize(2);
    assertThat(made.get(1).transactionInitialized()).isTrue();
    assertThat(made.get(1).transactionCommitted()).isTrue();
  }

  @Test
  void aBatchThatRolledBackNeverCommitsWhatItSent() {
    sender.send(record("a"));
    sender.abandon();

    assertThat(made.get(0).closed()).isTrue();
    assertThat(made.get(0).transactionCommitted()).isFalse();
  }
}
