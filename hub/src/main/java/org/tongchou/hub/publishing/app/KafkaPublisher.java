package org.tongchou.hub.publishing.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * <p>No loss, and order: each batch of the processor (one unit of work) is one Kafka transaction
 * ({@link TransactionalSender}). The batch commits, moving the token, only once Kafka committed its
 * transaction (acks=all, every record written). A send that fails or times out fails the batch: its
 * transaction is never committed, so read_committed consumers never see any of it, the token stays,
 * and the processor publishes the batch again after a pause. So an outage of Kafka delays
 * publishing but neither skips nor reorders an event; ingest never waits for Kafka.
 *
 * <p>Once: each transaction also records the batch's token in Kafka ({@link PublishedProgress}),
 * and an event Kafka already holds (sent by a node killed before its token moved) is skipped, not
 * sent again.
 *
 * <p>Privacy: only the stored events are read, which hold person keys and no ID number or name; the
 * identity store is never consulted.
 */
@ProcessingGroup(KafkaPublisher.PROCESSOR)
class KafkaPublisher {

  /** The processor's name (its row in token_entry). */
  static final String PROCESSOR = "kafka-publisher";

  private static final Logger LOG = LoggerFactory.getLogger(KafkaPublisher.class);
  private static final String BATCH = KafkaPublisher.class.getName() + ".batch";

  private final TransactionalSender sender;
  private final PublishTopics topics;
  private final PublishingSettings settings;
  private final RegionDirectory regions;
  private final Timer lag;
  private final Counter published;

  KafkaPublisher(
      TransactionalSender sender,
      PublishTopics topics,
      PublishingSettings settings,
      RegionDirectory regions,
      MeterRegistry meters) {
    this.sender = sender;
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
            .description("events Kafka committed (a repeated send counts again)")
            .register(meters);
  }

  @EventHandler
  void on(
      PersonEvent event, EventMessage<?> message, TrackingToken token, UnitOfWork<?> unitOfWork) {
    topics.ensureCreated();
    Batch batch = batchOf(unitOfWork);
    batch.upTo = token;
    if (sender.alreadyPublished(token)) {
      batch.skipped++;
      return;
    }
    PublishedEvents.Record record =
        PublishedEvents.of(event, message.getIdentifier(), ReadModels.positionOf(token), regions);
    RecordHeaders headers = new RecordHeaders();
    record.headers().forEach(headers::add);
    sender.send(
        new ProducerRecord<>(
            settings.topics().events(), null, record.key(), record.value(), headers));
    batch.recordedAt.add(event.recordedAt());
  }

  /** One batch of the processor: what it sent, what Kafka already had, its last token. */
  private static final class Batch {
    final List<Instant> recordedAt = new ArrayList<>();
    int skipped;
    TrackingToken upTo;
  }

  /**
   * The batch of this unit of work; its transaction commits as the batch prepares to commit (before
   * the token moves), and is abandoned if the batch rolls back.
   */
  private Batch batchOf(UnitOfWork<?> unitOfWork) {
    UnitOfWork<?> root = unitOfWork.root();
    return root.getOrComputeResource(
        BATCH,
        key -> {
          Batch batch = new Batch();
          root.onPrepareCommit(
              u -> {
                sender.commit(batch.upTo, settings.ackTimeout());
                Instant now = Instant.now();
                batch.recordedAt.forEach(at -> lag.record(Duration.between(at, now)));
                published.increment(batch.recordedAt.size());
                if (batch.skipped > 0) {
                  LOG.info(
                      "Kafka already held {} events of this batch (an earlier attempt committed"
                          + " them before its token moved): not sent again",
                      batch.skipped);
                }
                LOG.debug("Kafka committed a batch of {} events", batch.recordedAt.size());
              });
          root.onRollback(u -> sender.abandon());
          return batch;
        });
  }
}
