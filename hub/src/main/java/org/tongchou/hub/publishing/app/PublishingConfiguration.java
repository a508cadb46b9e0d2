package org.tongchou.hub.publishing.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.evidence.app.CheckpointStore;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Publishing to Kafka, with the {@code kafka} profile only (never for a one-shot command).
 *
 * <p>Plain kafka-clients rather than the Axon Kafka extension: the extension's publisher can move
 * its token while Kafka is down (extension-kafka #454), and it adds nothing we need; here the token
 * of our own processor moves only after Kafka acknowledged.
 */
@Configuration(proxyBeanMethods = false)
@Profile("kafka & !command")
@EnableConfigurationProperties(PublishingSettings.class)
class PublishingConfiguration {

  /** The transactional.id of the events publisher unless the settings name one. */
  static final String TRANSACTIONAL_ID = "tongchou-hub-publisher";

  /**
   * The checkpoints' producer: idempotent, not transactional (one send at a time, each awaited).
   */
  @Bean(destroyMethod = "close")
  Producer<String, byte[]> checkpointProducer(PublishingSettings settings) {
    Map<String, Object> config = producerConfig(settings, "tongchou-hub-checkpoints");
    config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  /**
   * The events' sender: a new transactional producer after every failure (TransactionalSender).
   * Every hub node uses the same transactional.id, so the node that takes over publishing fences
   * the one that lost it.
   */
  @Bean(destroyMethod = "close")
  TransactionalSender publishingSender(PublishingSettings settings) {
    Map<String, Object> config = producerConfig(settings, "tongchou-hub-publisher");
    config.putIfAbsent(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
    return new TransactionalSender(
        () -> new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer()),
        publishedProgress(settings));
  }

  /** Reads the progress topic back with a consumer of its own, read_committed, in no group. */
  private static PublishedProgress publishedProgress(PublishingSettings settings) {
    Map<String, Object> config = new HashMap<>();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "tongchou-hub-publisher-progress");
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(
        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.ackTimeout().toMillis());
    return new PublishedProgress(
        () -> new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer()),
        settings.topics().progress(),
        settings.ackTimeout());
  }

  private static Map<String, Object> producerConfig(PublishingSettings settings, String clientId) {
    Map<String, Object> config = new HashMap<>(settings.producer());
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    // Not overridable: an acknowledgement means every in-sync replica has the record, and a
    // retried send is written once and in order.
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return config;
  }

  @Bean
  PublishTopics publishTopics(PublishingSettings settings) {
    return new PublishTopics(settings);
  }

  @Bean
  KafkaPublisher kafkaPublisher(
      TransactionalSender publishingSender,
      PublishTopics publishTopics,
      PublishingSettings settings,
      RegionDirectory regions,
      MeterRegistry meters) {
    return new KafkaPublisher(publishingSender, publishTopics, settings, regions, meters);
  }

  @Bean
  CheckpointPublisher checkpointPublisher(
      Producer<String, byte[]> checkpointProducer,
      PublishTopics publishTopics,
      PublishingSettings settings,
      CheckpointStore checkpoints,
      JdbcTemplate jdbc) {
    return new CheckpointPublisher(checkpointProducer, publishTopics, settings, checkpoints, jdbc);
  }

  /**
   * A failed send must fail its batch: the default error handler would log it and move on,
   * advancing the token past an event Kafka never got.
   */
  @Bean
  ConfigurerModule kafkaPublisherFailsItsBatch() {
    return configurer ->
        configurer
            .eventProcessing()
            .registerListenerInvocationErrorHandler(
                KafkaPublisher.PROCESSOR, c -> PropagatingErrorHandler.instance());
  }
}
