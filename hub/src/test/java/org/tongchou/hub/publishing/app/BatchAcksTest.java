package org.tongchou.hub.publishing.app;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

class BatchAcksTest {

  static final RecordMetadata ACKED = new RecordMetadata(new TopicPartition("t", 0), 0, 0, 0, 1, 1);

  @Test
  void aBatchWhoseSendsWereAllAcknowledgedMayCommit() {
    BatchAcks acks = new BatchAcks();
    acks.add(CompletableFuture.completedFuture(ACKED));
    acks.add(CompletableFuture.completedFuture(ACKED));

    assertThatCode(() -> acks.awaitAll(Duration.ofSeconds(1))).doesNotThrowAnyException();
  }

  @Test
  void oneRefusedSendFailsTheWholeBatch() {
    BatchAcks acks = new BatchAcks();
    acks.add(CompletableFuture.completedFuture(ACKED));
    acks.add(CompletableFuture.failedFuture(new NotEnoughReplicasException("only 1 of 2 in sync")));

    assertThatThrownBy(() -> acks.awaitAll(Duration.ofSeconds(1)))
        .isInstanceOf(PublishingFailed.class)
        .hasCauseInstanceOf(NotEnoughReplicasException.class);
  }

  @Test
  void aSendNeverAcknowledgedFailsTheBatchOnceTheTimeoutPassed() {
    BatchAcks acks = new BatchAcks();
    acks.add(new CompletableFuture<>());

    assertThatThrownBy(() -> acks.awaitAll(Duration.ZERO))
        .isInstanceOf(PublishingFailed.class)
        .hasMessageContaining("did not acknowledge");
  }
}
