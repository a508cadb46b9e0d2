package org.tongchou.hub.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.KraftBroker;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.hub.testing.TopicRecords;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.PublishedEvent;

/**
 * The hub with the kafka profile against a real KRaft broker in the JVM and the real PostgreSQL:
 * what a downstream consumer reads from the topic is the event store, person by person, in order;
 * an outage of Kafka delays publishing but loses nothing; no ID number or name is ever in a record.
 */
class KafkaPublishingIT {

  static final String TOPIC = "tongchou.events.test";
  static final String CHECKPOINTS = "tongchou.checkpoints.test";

  static KraftBroker broker;
  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient suzhou;

  /** Every ID number and name the tests submitted. */
  static final Set<String> personalData = new LinkedHashSet<>(List.of("王芳"));

  @BeforeAll
  static void start() {
    broker = KraftBroker.start();
    List<String> args = new ArrayList<>(List.of(TestHub.inFreshSchema("kafka")));
    args.addAll(
        List.of(
            "--spring.profiles.active=kafka",
            "--tongchou.kafka.bootstrap-servers=" + broker.bootstrapServers(),
            "--tongchou.kafka.topics.events=" + TOPIC,
            "--tongchou.kafka.partitions=3",
            "--tongchou.kafka.topics.checkpoints=" + CHECKPOINTS,
            "--axon.eventhandling.processors.kafka-publisher.batch-size=50",
            // An outage should fail a batch within seconds here, not the production half minute.
            "--tongchou.kafka.ack-timeout=8s",
            "--tongchou.kafka.producer.[delivery.timeout.ms]=4000",
            "--tongchou.kafka.producer.[request.timeout.ms]=2000",
            "--tongchou.kafka.producer.[max.block.ms]=2000",
            "--logging.level.org.apache.kafka=WARN",
            "--logging.level.kafka=WARN",
            "--logging.level.state.change.logger=WARN"));
    hub = TestHub.startOnPostgres(args.toArray(String[]::new));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    suzhou = TestHub.clientFor(hub, Facts.SUZHOU);
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    suzhou.close();
    hub.close();
    broker.close();
  }

  @Test
  void aConsumerReadsEveryStoredEventOnceAfterDedupeInEachPersonsOrder() throws Exception {
    submitHistory(20);
    // An erasure is an event of the person's stream like any other: published, not a stall.
    String erased = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    personalData.add(erased);
    wuxi.submitOne(Facts.arrival(erased, Facts.WUXI_BINHU, "2026-02-01"));
    try (HubClient henanOffice =
        TestHub.clientAs(hub, org.tongchou.hub.access.domain.Role.OFFICE, Facts.HENAN)) {
      henanOffice
          .authorized(org.tongchou.proto.v1.ErasureGrpc.newBlockingStub(henanOffice.channel()))
          .erasePerson(
              org.tongchou.proto.v1.ErasePersonRequest.newBuilder()
                  .setIdNumber(erased)
                  .setReason("case 2026-9")
                  .build());
    }

    CaughtUp caughtUp = awaitCaughtUp();

    assertThat(caughtUp.topic()).isEqualTo(caughtUp.store());
    assertThat(caughtUp.records()).anyMatch(r -> parse(r).hasErasure());
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
      assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
          .hasSize(3);
    }
  }

  @Test
  void factsAreAcceptedWhileKafkaIsDownAndPublishedOnceItIsBack() throws Exception {
    submitHistory(5);
    awaitCaughtUp();
    long publishedBefore = storeHead();

    broker.stop();
    try {
      // Longer than a batch takes to fail (delivery timeout 4 s): the publisher fails and retries
      // meanwhile.
      for (int round = 0; round < 4; round++) {
        assertThat(submitHistory(3))
            .allSatisfy(
                outcome -> assertThat(outcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED));
        Thread.sleep(1500);
      }
      // What extension-kafka #454 reports: a token past events Kafka never acknowledged.
      assertThat(storeHead()).isGreaterThan(publishedBefore);
      assertThat(publisherTokenIndex()).isLessThanOrEqualTo(publishedBefore);
    } finally {
      broker.restart();
    }
    submitHistory(3);

    CaughtUp caughtUp = awaitCaughtUp();
    assertThat(caughtUp.topic()).isEqualTo(caughtUp.store());
  }

  @Test
  void aPublisherWhoseTokenFellBehindKafkaSendsNothingKafkaAlreadyHolds() throws Exception {
    submitHistory(2);
    awaitCaughtUp();
    JdbcTemplate jdbc = new JdbcTemplate(hub.getBean(DataSource.class));
    EventProcessor publisher =
        hub.getBean(EventProcessingConfiguration.class)
            .eventProcessor("kafka-publisher")
            .orElseThrow();
    publisher.shutDown();
    byte[] earlier =
        jdbc.queryForObject(
            "SELECT token FROM token_entry WHERE processor_name = 'kafka-publisher' AND segment = 0",
            byte[].class);
    long head = storeHead();
    publisher.start();
    submitHistory(4);
    awaitCaughtUp();

    // What a node killed after Kafka committed a batch but before its token moved leaves behind:
    // the stored token behind what Kafka holds. And a node that starts afresh: a new producer,
    // knowing only what it reads back from Kafka.
    publisher.shutDown();
    jdbc.update(
        "UPDATE token_entry SET token = ?, owner = NULL"
            + " WHERE processor_name = 'kafka-publisher' AND segment = 0",
        earlier);
    ((AutoCloseable) hub.getBean("publishingSender")).close();
    publisher.start();
    submitHistory(1);

    CaughtUp caughtUp = awaitCaughtUp();
    assertThat(caughtUp.topic()).isEqualTo(caughtUp.store());
    Map<String, Long> copies =
        caughtUp.records().stream()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    KafkaPublishingIT::eventId, java.util.stream.Collectors.counting()));
    List<String> sentOnce =
        jdbc.queryForList(
            "SELECT event_identifier FROM domain_event_entry WHERE global_index > ?",
            String.class,
            head);
    assertThat(sentOnce).isNotEmpty();
    assertThat(sentOnce).allSatisfy(id -> assertThat(copies.get(id)).as(id).isEqualTo(1L));
  }

  @Test
  void everySignedCheckpointIsPublishedToItsOwnTopicAsTheFeedsDeliverIt() throws Exception {
    submitHistory(2);
    var checkpoint =
        hub.getBean(org.tongchou.hub.evidence.app.Checkpoints.class).writeNext().orElseThrow();

    List<ConsumerRecord<byte[], byte[]>> records =
        TopicRecords.read(
            broker.bootstrapServers(),
            CHECKPOINTS,
            got -> got.stream().anyMatch(r -> sequenceOf(r) == checkpoint.sequence()),
            Duration.ofSeconds(60));

    var published =
        records.stream()
            .filter(r -> sequenceOf(r) == checkpoint.sequence())
            .findFirst()
            .orElseThrow();
    var signed = org.tongchou.proto.v1.SignedCheckpoint.parseFrom(published.value());
    assertThat(signed.getBody().toStringUtf8()).isEqualTo(checkpoint.body());
    assertThat(signed.getHash()).isEqualTo(checkpoint.hash());
    assertThat(new String(published.key(), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("checkpoint");
  }

  static long sequenceOf(ConsumerRecord<byte[], byte[]> record) {
    try {
      return org.tongchou.proto.v1.SignedCheckpoint.parseFrom(record.value()).getSequence();
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      return -1;
    }
  }

  @Test
  void noRecordHoldsAnIdNumberOrAName() {
    submitHistory(5);

    List<ConsumerRecord<byte[], byte[]>> records = awaitCaughtUp().records();
    assertThat(records).isNotEmpty();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      List<byte[]> parts = new ArrayList<>(List.of(record.key(), record.value()));
      for (Header header : record.headers()) {
        parts.add(header.key().getBytes(StandardCharsets.UTF_8));
        parts.add(header.value());
      }
      for (byte[] part : parts) {
        for (String secret : personalData) {
          assertThat(contains(part, secret.getBytes(StandardCharsets.UTF_8)))
              .as("a record of %s holds %s", record.topic(), secret)
              .isFalse();
        }
      }
    }
  }

  /**
   * For each person, a move from Henan to Wuxi, a service, then a claim by Suzhou that overlaps.
   */
  static List<FactOutcome> submitHistory(int persons) {
    List<FactOutcome> outcomes = new ArrayList<>();
    List<org.tongchou.proto.v1.Fact> wuxiFacts = new ArrayList<>();
    List<org.tongchou.proto.v1.Fact> suzhouFacts = new ArrayList<>();
    for (int i = 0; i < persons; i++) {
      String idNumber =
          i % 2 == 0
              ? IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN)
              : IdNumbers.man(Facts.ZHENGZHOU_ZHONGYUAN);
      personalData.add(idNumber);
      wuxiFacts.add(Facts.arrival(idNumber, Facts.WUXI_BINHU, "2026-02-01"));
      wuxiFacts.add(Facts.service(idNumber, Facts.WUXI_BINHU, "2026-02-10"));
      suzhouFacts.add(Facts.arrival(idNumber, Facts.SUZHOU_GUSU, "2026-02-15"));
    }
    outcomes.addAll(wuxi.submit(wuxiFacts));
    outcomes.addAll(suzhou.submit(suzhouFacts));
    return outcomes;
  }

  static long storeHead() {
    return new JdbcTemplate(hub.getBean(DataSource.class))
        .queryForObject(
            "SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
  }

  /** The global index the publisher's stored token has reached (its token is Jackson JSON). */
  static long publisherTokenIndex() {
    byte[] token =
        new JdbcTemplate(hub.getBean(DataSource.class))
            .queryForObject(
                "SELECT token FROM token_entry WHERE processor_name = 'kafka-publisher' AND segment = 0",
                byte[].class);
    java.util.regex.Matcher index =
        java.util.regex.Pattern.compile("\"index\"\\s*:\\s*(\\d+)")
            .matcher(new String(token, StandardCharsets.UTF_8));
    assertThat(index.find())
        .as("the publisher's token %s", new String(token, StandardCharsets.UTF_8))
        .isTrue();
    return Long.parseLong(index.group(1));
  }

  /** Each person's event ids, in stream order, as the store holds them. */
  static Map<String, List<String>> store() {
    Map<String, List<String>> byPerson = new LinkedHashMap<>();
    new JdbcTemplate(hub.getBean(DataSource.class))
        .query(
            "SELECT aggregate_identifier, event_identifier FROM domain_event_entry "
                + "ORDER BY aggregate_identifier, sequence_number",
            row -> {
              byPerson
                  .computeIfAbsent(row.getString(1), k -> new ArrayList<>())
                  .add(row.getString(2));
            });
    return byPerson;
  }

  /** The topic as read once it held every stored event, and the store then. */
  record CaughtUp(List<ConsumerRecord<byte[], byte[]>> records, Map<String, List<String>> store) {

    /** Each person's event ids, deduplicated, in topic order. */
    Map<String, List<String>> topic() {
      return byPerson(records);
    }
  }

  /**
   * Reads the topic until it holds every stored event. Deadlines may add events meanwhile, so this
   * retries until the store stood still during the read: then the topic, which only ever holds
   * committed events, can hold nothing the store lacks.
   */
  static CaughtUp awaitCaughtUp() {
    for (int attempt = 0; attempt < 10; attempt++) {
      Map<String, List<String>> before = store();
      List<ConsumerRecord<byte[], byte[]>> records = readUntil(before);
      if (store().equals(before)) {
        return new CaughtUp(records, before);
      }
    }
    throw new AssertionError("the store never stood still for a read of the topic");
  }

  static List<ConsumerRecord<byte[], byte[]>> readUntil(Map<String, List<String>> expected) {
    Set<String> wanted = new LinkedHashSet<>();
    expected.values().forEach(wanted::addAll);
    return TopicRecords.read(
        broker.bootstrapServers(),
        TOPIC,
        records ->
            records.stream()
                .map(KafkaPublishingIT::eventId)
                .collect(java.util.stream.Collectors.toSet())
                .containsAll(wanted),
        Duration.ofSeconds(60));
  }

  /**
   * What a downstream consumer does: drop a record whose event id it has seen, keep the rest in
   * order.
   */
  static Map<String, List<String>> byPerson(List<ConsumerRecord<byte[], byte[]>> records) {
    Set<String> seen = new java.util.HashSet<>();
    Map<String, List<String>> byPerson = new java.util.TreeMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      PublishedEvent event = parse(record);
      assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(event.getPersonKey());
      assertThat(header(record, "tongchou-event-id")).isEqualTo(event.getEventId());
      assertThat(header(record, "tongchou-event-type")).isEqualTo(event.getType());
      if (seen.add(event.getEventId())) {
        byPerson
            .computeIfAbsent(event.getPersonKey(), k -> new ArrayList<>())
            .add(event.getEventId());
      }
    }
    return new LinkedHashMap<>(byPerson);
  }

  static String eventId(ConsumerRecord<byte[], byte[]> record) {
    return header(record, "tongchou-event-id");
  }

  static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  static PublishedEvent parse(ConsumerRecord<byte[], byte[]> record) {
    try {
      return PublishedEvent.parseFrom(record.value());
    } catch (com.google.protobuf.InvalidProtocolBufferException e) {
      throw new AssertionError("a record is no PublishedEvent", e);
    }
  }

  static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
