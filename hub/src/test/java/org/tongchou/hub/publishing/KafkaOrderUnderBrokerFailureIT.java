package org.tongchou.hub.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.KraftCluster;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.hub.testing.TopicRecords;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.PublishedEvent;

/**
 * Issue #16's defect, tried many times: a three-node KRaft cluster in the JVM, a hub publishing to
 * a fresh topic (replication factor 3, min.insync.replicas 2), and a partition leader stopped while
 * the hub's first sends to that topic are in flight. A plain consumer then reads the topic: every
 * person's events must be there exactly once each, in the order the store holds them.
 *
 * <p>Each round is a hub of its own (fresh schema, fresh topic). Rounds: system property {@code
 * tongchou.kafka-order.rounds} (default 3 in CI; RELIABILITY.md records the long runs).
 */
class KafkaOrderUnderBrokerFailureIT {

  private static final Logger LOG = LoggerFactory.getLogger(KafkaOrderUnderBrokerFailureIT.class);
  static final int ROUNDS = Integer.getInteger("tongchou.kafka-order.rounds", 3);

  static KraftCluster cluster;

  @BeforeAll
  static void start() {
    cluster = KraftCluster.start(3);
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void eachPersonsEventsReachTheTopicOnceAndInOrderWhenALeaderDiesDuringTheFirstSends()
      throws Exception {
    Random random = new Random();
    for (int round = 1; round <= ROUNDS; round++) {
      String topic = "tongchou.order." + round + "." + Long.toHexString(random.nextLong());
      ConfigurableApplicationContext hub = startHub(topic);
      try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
        CompletableFuture<Void> pushing = CompletableFuture.runAsync(() -> push(wuxi, 8, 6));
        int killed = leaderOnceCreated(topic);
        // Somewhere inside the first sends: the topic was just created.
        Thread.sleep(random.nextInt(150));
        cluster.kill(killed);
        // Every other round a second node too: below min.insync.replicas, sends fail for a while.
        int second = round % 2 == 0 ? killed % 3 + 1 : 0;
        if (second > 0) {
          cluster.kill(second);
        }
        Thread.sleep(1000 + random.nextInt(2000));
        if (second > 0) {
          cluster.restart(second);
        }
        cluster.restart(killed);
        cluster.awaitNodes(3);
        pushing.get(2, TimeUnit.MINUTES);
        push(wuxi, 2, 3);

        Map<String, List<String>> store = store(hub);
        List<ConsumerRecord<byte[], byte[]>> records = readAll(topic, store);
        Map<String, List<String>> topicOrder = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
          PublishedEvent event = PublishedEvent.parseFrom(record.value());
          assertThat(new String(record.key(), StandardCharsets.UTF_8))
              .isEqualTo(event.getPersonKey());
          List<String> seen =
              topicOrder.computeIfAbsent(event.getPersonKey(), k -> new ArrayList<>());
          assertThat(event.getPersonSequence())
              .as("round %d: person %s's position after %s", round, event.getPersonKey(), seen)
              .isEqualTo(seen.size() + 1L);
          seen.add(event.getEventId());
        }
        LOG.info(
            "round {}: node {} (and {}) killed, {} records read for {} stored events",
            round,
            killed,
            second,
            records.size(),
            store.values().stream().mapToInt(List::size).sum());
        assertThat(topicOrder).as("round %d: the topic, person by person", round).isEqualTo(store);
      } finally {
        hub.close();
      }
    }
  }

  static ConfigurableApplicationContext startHub(String topic) {
    List<String> args = new ArrayList<>(List.of(TestHub.inFreshSchema("order")));
    args.addAll(
        List.of(
            "--spring.profiles.active=kafka",
            "--tongchou.kafka.bootstrap-servers=" + cluster.bootstrapServers(),
            "--tongchou.kafka.topics.events=" + topic,
            "--tongchou.kafka.topics.checkpoints=" + topic + ".checkpoints",
            "--tongchou.kafka.partitions=3",
            "--tongchou.kafka.replication-factor=3",
            // Small batches: many are in flight when the leader goes.
            "--axon.eventhandling.processors.kafka-publisher.batch-size=10",
            "--tongchou.kafka.ack-timeout=8s",
            "--tongchou.kafka.producer.[delivery.timeout.ms]=4000",
            "--tongchou.kafka.producer.[request.timeout.ms]=2000",
            "--tongchou.kafka.producer.[max.block.ms]=2000",
            "--logging.level.org.apache.kafka=WARN",
            "--logging.level.kafka=WARN",
            "--logging.level.state.change.logger=WARN"));
    return TestHub.startOnPostgres(args.toArray(String[]::new));
  }

  /** {@code calls} submissions of {@code persons} new persons, each arriving then served. */
  static void push(HubClient client, int calls, int persons) {
    for (int call = 0; call < calls; call++) {
      List<Fact> facts = new ArrayList<>();
      for (int i = 0; i < persons; i++) {
        String idNumber = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
        facts.add(Facts.arrival(idNumber, Facts.WUXI_BINHU, "2026-02-01"));
        facts.add(Facts.service(idNumber, Facts.WUXI_BINHU, "2026-02-10"));
      }
      client.submit(facts);
    }
  }

  /** Waits for the hub to create the topic; returns the node leading its partition 0. */
  static int leaderOnceCreated(String topic) throws Exception {
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
      long until = System.nanoTime() + Duration.ofMinutes(1).toNanos();
      while (System.nanoTime() < until) {
        if (admin.listTopics().names().get().contains(topic)) {
          TopicDescription description =
              admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
          Node leader = description.partitions().get(0).leader();
          if (leader != null && !leader.isEmpty()) {
            return leader.id();
          }
        }
        Thread.sleep(20);
      }
    }
    throw new AssertionError("the hub never created " + topic);
  }

  /** Each person's event ids in stream order, as the store holds them. */
  static Map<String, List<String>> store(ConfigurableApplicationContext hub) {
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

  /** The topic from its start, read until every stored event is there (or two minutes passed). */
  static List<ConsumerRecord<byte[], byte[]>> readAll(
      String topic, Map<String, List<String>> store) {
    Set<String> wanted = new HashSet<>();
    store.values().forEach(wanted::addAll);
    return TopicRecords.read(
        cluster.bootstrapServers(),
        topic,
        records -> {
          Set<String> got = new HashSet<>();
          for (ConsumerRecord<byte[], byte[]> record : records) {
            got.add(KafkaPublishingIT.eventId(record));
          }
          return got.containsAll(wanted);
        },
        Duration.ofMinutes(2));
  }
}
