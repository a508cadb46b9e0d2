package org.tongchou.hub.publishing.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the hub's topics when it may ({@code tongchou.kafka.create-topics}), once, on the
 * publisher's thread before its first send: so that a broker that is down when the hub starts
 * delays publishing, never the hub.
 */
final class PublishTopics {

  private final PublishingSettings settings;
  private volatile boolean ready;

  PublishTopics(PublishingSettings settings) {
    this.settings = settings;
    this.ready = !settings.createTopics();
  }

  synchronized void ensureCreated() {
    if (ready) {
      return;
    }
    Map<String, Object> config = new HashMap<>();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    config.put(
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.ackTimeout().toMillis());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.ackTimeout().toMillis());
    try (Admin admin = Admin.create(config)) {
      for (var created :
          admin
              .createTopics(
                  List.of(
                      topic(settings.topics().events()),
                      topic(settings.topics().checkpoints()),
                      progressTopic(settings.topics().progress())))
              .values()
              .values()) {
        awaitCreated(created);
      }
      awaitLeaders(admin, settings.topics().events());
    }
    ready = true;
  }

  /**
   * Waits until every partition of a new topic has a leader: sends to a topic a moment old fail
   * with stale metadata, and an idempotent producer's retries of them then stall the first batch
   * for a whole delivery timeout.
   */
  private void awaitLeaders(Admin admin, String topic) {
    long until = System.nanoTime() + settings.ackTimeout().toNanos();
    try {
      while (admin
          .describeTopics(List.of(topic))
          .allTopicNames()
          .get()
          .get(topic)
          .partitions()
          .stream()
          .anyMatch(partition -> partition.leader() == null || partition.leader().isEmpty())) {
        if (System.nanoTime() > until) {
          throw new PublishingFailed("the partitions of " + topic + " have no leader yet", null);
        }
        Thread.sleep(100);
      }
    } catch (ExecutionException e) {
      throw new PublishingFailed(
          "the partitions of " + topic + " cannot be described", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishingFailed("interrupted while awaiting the leaders of " + topic, e);
    }
  }

  private NewTopic topic(String name) {
    Optional<Short> replicas =
        settings.replicationFactor() > 0
            ? Optional.of(settings.replicationFactor())
            : Optional.empty();
    long retentionMs =
        settings.retention().isNegative() || settings.retention().isZero()
            ? -1
            : settings.retention().toMillis();
    return new NewTopic(name, Optional.of(settings.partitions()), replicas)
        .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(retentionMs)));
  }

  /**
   * One partition (one key), compacted: only the last record matters, and it must outlive any
   * retention given to the events topic.
   */
  private NewTopic progressTopic(String name) {
    Optional<Short> replicas =
        settings.replicationFactor() > 0
            ? Optional.of(settings.replicationFactor())
            : Optional.empty();
    return new NewTopic(name, Optional.of(1), replicas)
        .configs(
            Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG,
                TopicConfig.CLEANUP_POLICY_COMPACT,
                // Segments roll hourly, so that compaction can drop the superseded records.
                TopicConfig.SEGMENT_MS_CONFIG,
                Long.toString(3_600_000L)));
  }

  private void awaitCreated(KafkaFuture<Void> created) {
    try {
      created.get(settings.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw new PublishingFailed("the hub's topics cannot be created", e.getCause());
      }
    } catch (TimeoutException e) {
      throw new PublishingFailed(
          "Kafka did not create the hub's topics within " + settings.ackTimeout(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PublishingFailed("interrupted while creating the hub's topics", e);
    }
  }
}
