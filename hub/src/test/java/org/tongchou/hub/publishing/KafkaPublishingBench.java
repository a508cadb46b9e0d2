package org.tongchou.hub.publishing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.KraftBroker;
import org.tongchou.hub.testing.TestHub;

/**
 * Publishing throughput and lag for BENCHMARKS.md (deploy/bench/kafka.sh runs it): a hub on
 * PostgreSQL (TONGCHOU_TEST_DB_URL, a fresh schema) and a KRaft broker in this JVM.
 *
 * <ol>
 *   <li>Catch-up: BACKLOG new persons' arrivals are stored with publishing off; the hub restarts
 *       with the kafka profile and publishes the backlog; rate = events acknowledged per second
 *       from the first acknowledgement to the last.
 *   <li>Steady load: one region pushes single-fact arrivals at RATE facts/s for SECONDS; lag = the
 *       hub's commit-to-ack timer (mean), and commit-to-visible as a plain consumer sees each
 *       record (its receipt minus the event's recorded time; percentiles).
 * </ol>
 *
 * Not a test: it asserts nothing and is run by hand.
 */
public final class KafkaPublishingBench {

  static final String TOPIC = "tongchou.events.bench";

  public static void main(String[] args) throws Exception {
    System.setProperty("axoniq.update-checker.disabled", "true");
    int backlog = Integer.getInteger("backlog", 10_000);
    int seconds = Integer.getInteger("seconds", 30);
    int[] rates =
        Arrays.stream(System.getProperty("rates", "100,300").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    String[] schema = TestHub.inFreshSchema("kafka_bench");
    try (KraftBroker broker = KraftBroker.start()) {
      List<String> kafka = new ArrayList<>(List.of(schema));
      kafka.addAll(
          List.of(
              "--spring.profiles.active=kafka",
              "--logging.level.root=WARN",
              "--tongchou.kafka.bootstrap-servers=" + broker.bootstrapServers(),
              "--tongchou.kafka.topics.events=" + TOPIC,
              "--tongchou.kafka.partitions=12"));
      // Further hub settings for an experiment, e.g.
      // -Dbench.hub-args=--axon.eventhandling.processors.kafka-publisher.batch-size=500
      kafka.addAll(
          Arrays.stream(System.getProperty("bench.hub-args", "").split(" "))
              .filter(a -> !a.isBlank())
              .toList());
      List<String> plain = new ArrayList<>(List.of(schema));
      plain.add("--logging.level.root=WARN");

      try (ConfigurableApplicationContext hub =
              TestHub.startOnPostgres(plain.toArray(String[]::new));
          HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
        for (int sent = 0; sent < backlog; sent += 500) {
          List<org.tongchou.proto.v1.Fact> batch = new ArrayList<>();
          for (int i = sent; i < Math.min(backlog, sent + 500); i++) {
            batch.add(
                Facts.arrival(
                    IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-02-01"));
          }
          wuxi.submit(batch);
        }
      }
      try (ConfigurableApplicationContext hub =
          TestHub.startOnPostgres(kafka.toArray(String[]::new))) {
        catchUp(hub);
      }
      for (int rate : rates) {
        try (ConfigurableApplicationContext hub =
                TestHub.startOnPostgres(kafka.toArray(String[]::new));
            HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
          steady(hub, wuxi, broker, rate, seconds);
        }
      }
    }
    System.exit(0);
  }

  static long storedEvents(ConfigurableApplicationContext hub) {
    return new JdbcTemplate(hub.getBean(DataSource.class))
        .queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
  }

  static Counter published(ConfigurableApplicationContext hub) {
    return hub.getBean(MeterRegistry.class).get("tongchou.publishing.events").counter();
  }

  static void catchUp(ConfigurableApplicationContext hub) throws InterruptedException {
    long events = storedEvents(hub);
    Counter published = published(hub);
    long firstAt = 0;
    double firstCount = 0;
    long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (published.count() < events && System.nanoTime() < until) {
      if (firstAt == 0 && published.count() > 0) {
        firstAt = System.nanoTime();
        firstCount = published.count();
      }
      Thread.sleep(5);
    }
    double secondsTaken = (System.nanoTime() - firstAt) / 1e9;
    System.out.printf(
        "| catch-up | %,d events | %,.0f events/s |%n",
        events, (published.count() - firstCount) / secondsTaken);
  }

  static void steady(
      ConfigurableApplicationContext hub, HubClient wuxi, KraftBroker broker, int rate, int seconds)
      throws Exception {
    Timer lag = hub.getBean(MeterRegistry.class).get("tongchou.publishing.lag").timer();
    long lagCountBefore = lag.count();
    double lagTotalBefore = lag.totalTime(TimeUnit.MILLISECONDS);
    List<Double> visible = new ArrayList<>();
    AtomicBoolean reading = new AtomicBoolean(true);
    Thread reader = new Thread(() -> readLatencies(broker, visible, reading));
    reader.start();
    Thread.sleep(2000);
    ScheduledExecutorService load = Executors.newScheduledThreadPool(4);
    int facts = rate * seconds;
    java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(facts);
    long periodNanos = 1_000_000_000L / rate;
    var task =
        load.scheduleAtFixedRate(
            () -> {
              if (done.getCount() > 0) {
                wuxi.submitOne(
                    Facts.arrival(
                        IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN),
                        Facts.WUXI_BINHU,
                        "2026-02-01"));
                done.countDown();
              }
            },
            0,
            periodNanos,
            TimeUnit.NANOSECONDS);
    done.await();
    task.cancel(false);
    load.shutdown();
    Thread.sleep(3000);
    reading.set(false);
    reader.join();
    long acked = lag.count() - lagCountBefore;
    double meanAckMs = (lag.totalTime(TimeUnit.MILLISECONDS) - lagTotalBefore) / Math.max(1, acked);
    List<Double> sorted;
    synchronized (visible) {
      sorted = visible.stream().sorted().toList();
    }
    System.out.printf(
        "| %d facts/s | %,d facts | %,d events | commit→ack mean %.1f ms | commit→visible p50 %.1f "
            + "p90 %.1f p99 %.1f max %.1f ms |%n",
        rate,
        facts,
        acked,
        meanAckMs,
        quantile(sorted, 0.5),
        quantile(sorted, 0.9),
        quantile(sorted, 0.99),
        sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
  }

  /** Records, for each event published from now on, how long after its commit a consumer saw it. */
  static void readLatencies(KraftBroker broker, List<Double> latencies, AtomicBoolean reading) {
    Map<String, Object> config =
        Map.of(
            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
            false,
            ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
            10);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(TOPIC, Duration.ofSeconds(30)).stream()
              .map(p -> new TopicPartition(TOPIC, p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      while (reading.get()) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(50))) {
          Instant recorded =
              Instant.parse(
                  new String(
                      record.headers().lastHeader("tongchou-recorded-at").value(),
                      StandardCharsets.UTF_8));
          synchronized (latencies) {
            latencies.add(Duration.between(recorded, Instant.now()).toNanos() / 1e6);
          }
        }
      }
    }
  }

  static double quantile(List<Double> sorted, double q) {
    return sorted.isEmpty()
        ? 0
        : sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
  }

  private KafkaPublishingBench() {}
}
