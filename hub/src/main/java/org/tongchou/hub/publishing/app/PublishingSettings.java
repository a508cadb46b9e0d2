package org.tongchou.hub.publishing.app;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the hub publishes to Kafka ({@code tongchou.kafka.*}, defaults in application-kafka.yml,
 * explained in docs/KAFKA.md).
 *
 * @param bootstrapServers the brokers, {@code host:port,...}
 * @param topics the topic names
 * @param partitions partitions of a topic the hub creates; a person's events always go to one
 * @param replicationFactor replicas of a topic the hub creates; -1: the broker's default
 * @param retention how long a topic the hub creates keeps records; zero or negative: forever
 * @param createTopics whether the hub creates its topics (needs the broker's permission)
 * @param ackTimeout how long a batch waits for Kafka's acknowledgements before it fails and is
 *     published again; above the producer's delivery.timeout.ms
 * @param producer further kafka-clients producer settings; acks and idempotence are fixed
 */
@ConfigurationProperties("tongchou.kafka")
public record PublishingSettings(
    String bootstrapServers,
    Topics topics,
    int partitions,
    short replicationFactor,
    Duration retention,
    boolean createTopics,
    Duration ackTimeout,
    Map<String, String> producer) {

  /**
   * @param events every committed event of the store, keyed by person
   * @param checkpoints the hub's signed checkpoints, in sequence (tongchou.v1.SignedCheckpoint)
   */
  public record Topics(String events, String checkpoints) {

    /**
     * The publisher's progress ({@code PublishedProgress}): named after the events topic, so that
     * publishing into a new events topic starts a progress of its own.
     */
    public String progress() {
      return events + ".publisher-progress";
    }
  }

  public PublishingSettings {
    producer = producer == null ? Map.of() : Map.copyOf(producer);
  }
}
