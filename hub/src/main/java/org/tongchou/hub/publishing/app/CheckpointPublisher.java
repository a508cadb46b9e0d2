package org.tongchou.hub.publishing.app;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.evidence.app.CheckpointStore;
import org.tongchou.hub.evidence.app.StoredCheckpoint;
import org.tongchou.hub.platform.schedule.RepeatingTask;
import org.tongchou.hub.publishing.grpc.PublishedEvents;

/**
 * Publishes every signed checkpoint, in sequence, to the checkpoints topic (one partition's order:
 * every record has the key {@code checkpoint}). Progress ({@code published_checkpoint}) moves only
 * after Kafka acknowledged, so an outage delays checkpoints and may repeat one, never skips one.
 */
class CheckpointPublisher extends RepeatingTask {

  private static final Logger LOG = LoggerFactory.getLogger(CheckpointPublisher.class);
  private static final byte[] KEY = "checkpoint".getBytes(StandardCharsets.UTF_8);

  private final Producer<String, byte[]> producer;
  private final PublishTopics topics;
  private final PublishingSettings settings;
  private final CheckpointStore checkpoints;
  private final JdbcTemplate jdbc;

  CheckpointPublisher(
      Producer<String, byte[]> producer,
      PublishTopics topics,
      PublishingSettings settings,
      CheckpointStore checkpoints,
      JdbcTemplate jdbc) {
    super("checkpoint-publisher", Duration.ofSeconds(2));
    this.producer = producer;
    this.topics = topics;
    this.settings = settings;
    this.checkpoints = checkpoints;
    this.jdbc = jdbc;
  }

  /** Publishes what is pending; returns how many checkpoints Kafka acknowledged. */
  int publishPending() throws Exception {
    String topic = settings.topics().checkpoints();
    long last =
        jdbc
            .queryForList(
                "SELECT last_sequence FROM published_checkpoint WHERE topic = ?", Long.class, topic)
            .stream()
            .findFirst()
            .orElse(0L);
    List<StoredCheckpoint> pending = checkpoints.after(last, 100);
    if (pending.isEmpty()) {
      return 0;
    }
    topics.ensureCreated();
    for (StoredCheckpoint checkpoint : pending) {
      RecordHeaders headers = new RecordHeaders();
      headers.add(
          "tongchou-checkpoint-sequence",
          Long.toString(checkpoint.sequence()).getBytes(StandardCharsets.UTF_8));
      headers.add(PublishedEvents.HASH, checkpoint.hash().getBytes(StandardCharsets.UTF_8));
      producer
          .send(
              new ProducerRecord<>(
                  topic,
                  null,
                  new String(KEY, StandardCharsets.UTF_8),
                  PublishedEvents.checkpoint(checkpoint),
                  headers))
          .get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
      if (jdbc.update(
              "UPDATE published_checkpoint SET last_sequence = ? WHERE topic = ?",
              checkpoint.sequence(),
              topic)
          == 0) {
        jdbc.update(
            "INSERT INTO published_checkpoint (topic, last_sequence) VALUES (?, ?)",
            topic,
            checkpoint.sequence());
      }
    }
    return pending.size();
  }

  @Override
  protected void tick() {
    try {
      publishPending();
    } catch (Exception e) {
      // Kafka down or slow: the same checkpoints go again at the next tick.
      LOG.warn("could not publish signed checkpoints to Kafka yet: {}", e.toString());
    }
  }
}
