package org.tongchou.hub.publishing.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.publishing.grpc.PublishedEvents;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Publishes every committed event of the store to Kafka, from the hub's own streaming processor
 * {@value #PROCESSOR}, whose token lives in token_entry beside the events.
 *
 * <p>No loss: each event is sent as the processor reaches it, and its batch (one unit of work)
 * commits, moving the token, only once Kafka has acknowledged every send of the batch (acks=all,
 * idempotent producer). A send that fails or times out fails the batch; the token stays and the
 * processor publishes the batch again after a pause. So an outage of Kafka delays publishing and
 * may repeat records, but never skips one; ingest never waits for Kafka.
 *
 * <p>Privacy: only the stored events are read, which hold person keys and no ID number or name; the
 * identity store is never consulted.
 */
@ProcessingGroup(KafkaPublisher.PROCESSOR)
class KafkaPublisher {

  /** The processor's name (its row in token_entry). */
  static final String PROCESSOR = "kafka-publisher";

  private static final Logger LOG = LoggerFactory.getLogger(KafkaPublisher.class);
  private static final String ACKS = KafkaPublisher.class.getName() + ".acks";

  private final Producer<String, byte[]> producer;
  private final PublishTopics topics;
  private final PublishingSettings settings;
  private final RegionDirectory regions;
  private final Timer lag;
  private final Counter published;

  KafkaPublisher(
      Producer<String, byte[]> producer,
      PublishTopics topics,
      PublishingSettings settings,
      RegionDirectory regions,
      MeterRegistry meters) {
    this.producer = producer;
    this.topics = topics;
    this.settings = settings;
    this.regions = regions;
    this.lag =
        Timer.builder("tongchou.publishing.lag")
            .description("from an event's commit in the hub to Kafka's acknowledgement of it")
            .publishPercentiles(0.5, 0.99)
            .register(meters);
    this.published =
        Counter.builder("tongchou.publishing.events")
            .description("events Kafka acknowledged (a repeated send counts again)")
            .register(meters);
  }

  @EventHandler
  void on(
      PersonEvent event, EventMessage<?> message, TrackingToken token, UnitOfWork<?> unitOfWork) {
    topics.ensureCreated();
    PublishedEvents.Record record =
        PublishedEvents.of(event, message.getIdentifier(), ReadModels.positionOf(token), regions);
    RecordHeaders headers = new RecordHeaders();
    record.headers().forEach(headers::add);
    Instant committed = event.recordedAt();
    acksOf(unitOfWork)
        .add(
            producer.send(
                new ProducerRecord<>(
                    settings.topics().events(), null, record.key(), record.value(), headers),
                (metadata, failure) -> {
                  if (failure == null) {
                    lag.record(Duration.between(committed, Instant.now()));
                    published.increment();
                  }
                }));
  }

  /**
   * The batch's acknowledgements, awaited as the batch prepares to commit (before the token moves).
   */
  private BatchAcks acksOf(UnitOfWork<?> unitOfWork) {
    UnitOfWork<?> batch = unitOfWork.root();
    return batch.getOrComputeResource(
        ACKS,
        key -> {
          BatchAcks acks = new BatchAcks();
          batch.onPrepareCommit(
              u -> {
                acks.awaitAll(settings.ackTimeout());
                LOG.debug("Kafka acknowledged a batch of {} events", acks.size());
              });
          return acks;
        });
  }
}
