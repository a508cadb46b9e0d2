package org.tongchou.hub.publishing.app;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
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

  @Bean(destroyMethod = "close")
  Producer<String, byte[]> publishingProducer(PublishingSettings settings) {
    Map<String, Object> config = new HashMap<>(settings.producer());
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "tongchou-hub-publisher");
    // Not overridable: an acknowledgement means every in-sync replica has the record, and a
    // retried send is written once and in order.
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  @Bean
  PublishTopics publishTopics(PublishingSettings settings) {
    return new PublishTopics(settings);
  }

  @Bean
  KafkaPublisher kafkaPublisher(
      Producer<String, byte[]> publishingProducer,
      PublishTopics publishTopics,
      PublishingSettings settings,
      RegionDirectory regions,
      MeterRegistry meters) {
    return new KafkaPublisher(publishingProducer, publishTopics, settings, regions, meters);
  }

  @Bean
  CheckpointPublisher checkpointPublisher(
      Producer<String, byte[]> publishingProducer,
      PublishTopics publishTopics,
      PublishingSettings settings,
      CheckpointStore checkpoints,
      JdbcTemplate jdbc) {
    return new CheckpointPublisher(publishingProducer, publishTopics, settings, checkpoints, jdbc);
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
