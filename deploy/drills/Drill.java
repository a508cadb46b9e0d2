// The drills' workload and reconciliation, run as a single-file program on the hub's class path
// (kafka-clients and the PostgreSQL driver):
//   java @DIR/classpath.args deploy/drills/Drill.java push DIR SECONDS PERSONS_PER_SECOND
//   java @DIR/classpath.args deploy/drills/Drill.java reconcile DIR [WAIT_SECONDS]
// push: each region's system inserts facts into its outbox: per person an ArrivalRegistered and
// three ServiceDelivered, Wuxi about people registered in Henan and Henan about people registered
// in Wuxi, so that every fact one region pushes belongs in the other region's inbox.
// reconcile: waits (at most WAIT_SECONDS) until nothing is pending, the inboxes and the Kafka topic
// have caught up, then compares outboxes, the hub's store, the inboxes and the topic and prints
// lost, duplicated and out-of-order counts. Exit status 0 only when all are 0.
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.*;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

public class Drill {
  static Path dir;
  static Properties env = new Properties();

  public static void main(String[] args) throws Exception {
    dir = Path.of(args[1]);
    for (String line : Files.readAllLines(dir.resolve("env/hub1.env"))) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("#")) {
        env.setProperty(line.substring(0, eq), line.substring(eq + 1).replaceAll("^'|'$", ""));
      }
    }
    switch (args[0]) {
      case "push" -> push(Integer.parseInt(args[2]), Double.parseDouble(args[3]));
      case "reconcile" ->
          System.exit(reconcile(args.length > 2 ? Integer.parseInt(args[2]) : 120) ? 0 : 1);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static String secret(String name) throws Exception {
    return Files.readString(dir.resolve("secrets").resolve(name)).strip();
  }

  static int regionsPort() throws Exception {
    return Integer.parseInt(Files.readString(dir.resolve("pg/regions/PORT")).strip());
  }

  static Connection region(String name) throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + regionsPort() + "/region_" + name,
        "tongchou",
        secret("regions-db-password"));
  }

  static Connection hub() throws Exception {
    Properties p = new Properties();
    p.setProperty("user", "tongchou");
    p.setProperty("password", secret("hub/TONGCHOU_DB_PASSWORD"));
    return DriverManager.getConnection(env.getProperty("TONGCHOU_DB_URL"), p);
  }

  // ---- the workload -------------------------------------------------------------------------

  record Side(String name, String county, String[] homeCounties) {}

  static final Side WUXI = new Side("wuxi", "320205", new String[] {"410102", "410105", "410103"});
  static final Side HENAN = new Side("henan", "410105", new String[] {"320205", "320211", "320213"});
  static final String[] SERVICES = {"contraception", "reproductive_health_check", "health_education"};

  static void push(int seconds, double personsPerSecond) throws Exception {
    String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
    long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    int person = 0;
    int facts = 0;
    long start = System.nanoTime();
    Map<String, Connection> conns = new HashMap<>();
    while (System.nanoTime() < until) {
      for (Side side : List.of(WUXI, HENAN)) {
        String id = idNumber(side.homeCounties()[person % 3], person, run);
        String sex = ((id.charAt(16) - '0') % 2 == 1) ? "M" : "F";
        String personJson =
            "{\"idNumber\":\"%s\",\"name\":\"测试%d\",\"sex\":\"%s\",\"registrationRegion\":\"%s\"}"
                .formatted(id, person, sex, id.substring(0, 6));
        List<String> lines = new ArrayList<>();
        lines.add(
            fact(side, run, person, 0, "ArrivalRegistered", "2026-03-01", personJson,
                "{\"from\":\"" + id.substring(0, 6) + "\"}"));
        for (int s = 1; s <= 3; s++) {
          lines.add(
              fact(side, run, person, s, "ServiceDelivered", "2026-03-0" + (1 + s), personJson,
                  "{\"service\":\"" + SERVICES[s - 1] + "\"}"));
        }
        insert(conns, side.name(), lines);
        facts += lines.size();
      }
      person++;
      long due = start + (long) (person / personsPerSecond * 1e9);
      long wait = due - System.nanoTime();
      if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    for (Connection c : conns.values()) c.close();
    System.out.println("pushed " + facts + " facts about " + (2 * person) + " persons (run " + run + ")");
  }

  static String fact(Side side, String run, int person, int n, String type, String on,
      String personJson, String data) {
    return "{\"recordId\":\"%s-%s-%06d-%d\",\"type\":\"%s\",\"region\":\"%s\",\"occurredOn\":\"%s\",\"person\":%s,\"data\":%s}"
        .formatted(side.county(), run, person, n, type, side.county(), on, personJson, data);
  }

  /** Inserts one person's facts in one transaction; retries while the regions' server is away. */
  static void insert(Map<String, Connection> conns, String region, List<String> lines)
      throws Exception {
    for (int attempt = 0; ; attempt++) {
      try {
        Connection c = conns.get(region);
        if (c == null || c.isClosed()) {
          c = region(region);
          c.setAutoCommit(false);
          conns.put(region, c);
        }
        try (var st = c.prepareStatement("INSERT INTO tongchou_outbox (fact) VALUES (?::jsonb)")) {
          for (String line : lines) {
            st.setString(1, line);
            st.addBatch();
          }
          st.executeBatch();
        }
        c.commit();
        return;
      } catch (SQLException e) {
        conns.remove(region);
        if (attempt > 100) throw e;
        Thread.sleep(500);
      }
    }
  }

  /** A valid 18-character number: county, a birth date, a sequence, the ISO 7064 check. */
  static String idNumber(String county, int person, String run) {
    LocalDate born = LocalDate.of(1970, 1, 1).plusDays(Math.floorMod(run.hashCode(), 3000) + person / 900);
    String body = county + born.toString().replace("-", "") + "%03d".formatted(person % 900 + 100);
    int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; i++) sum += (body.charAt(i) - '0') * w[i];
    return body + "10X98765432".charAt(sum % 11);
  }

  // ---- the reconciliation -------------------------------------------------------------------

  record OutRow(String recordId, String state, String eventId, int attempts) {}

  record Receipt(String recordId, String eventId, long position, String personKey, long sequence) {}

  record InRow(String recordId, long feedPosition, String eventId, String personKey, long personSequence) {}

  static boolean reconcile(int waitSeconds) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(waitSeconds).toNanos();
    Map<String, List<OutRow>> outboxes = new LinkedHashMap<>();
    Map<String, Receipt> receipts = new HashMap<>();
    Map<String, List<InRow>> inboxes = new LinkedHashMap<>();
    KafkaView kafka = null;
    long storeEvents = 0;
    long storeFactEvents = 0;
    while (true) {
      outboxes.clear();
      inboxes.clear();
      receipts.clear();
      for (Side side : List.of(WUXI, HENAN)) {
        outboxes.put(side.name(), outbox(side.name()));
        inboxes.put(side.name(), inbox(side.name()));
      }
      try (Connection c = hub();
          var st = c.createStatement()) {
        try (ResultSet rs =
            st.executeQuery(
                "SELECT record_id, event_id, global_position, person_key, person_sequence FROM fact_receipt")) {
          while (rs.next()) {
            receipts.put(rs.getString(1),
                new Receipt(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5)));
          }
        }
        try (ResultSet rs = st.executeQuery(
            "SELECT count(*), count(*) FILTER (WHERE payload_type LIKE '%FactRecorded') FROM domain_event_entry")) {
          rs.next();
          storeEvents = rs.getLong(1);
          storeFactEvents = rs.getLong(2);
        }
      }
      kafka = KafkaView.read(env.getProperty("TONGCHOU_KAFKA_BOOTSTRAP_SERVERS"));
      long pending = outboxes.values().stream().flatMap(List::stream).filter(r -> r.state().equals("pending")).count();
      long expectedIn = outboxes.values().stream().flatMap(List::stream).filter(r -> !r.state().equals("pending") && !r.state().equals("refused")).count();
      long inboxFacts = inboxes.values().stream().mapToLong(List::size).sum();
      boolean caughtUp = pending == 0 && inboxFacts >= expectedIn && kafka.distinctIds() >= storeEvents;
      if (caughtUp || System.nanoTime() > until) {
        if (!caughtUp) System.out.println("not caught up after " + waitSeconds + " s: pending " + pending
            + ", inbox facts " + inboxFacts + "/" + expectedIn + ", Kafka " + kafka.distinctIds() + "/" + storeEvents);
        break;
      }
      Thread.sleep(2000);
    }
    return report(outboxes, receipts, inboxes, kafka, storeEvents, storeFactEvents);
  }

  static boolean report(Map<String, List<OutRow>> outboxes, Map<String, Receipt> receipts,
      Map<String, List<InRow>> inboxes, KafkaView kafka, long storeEvents, long storeFactEvents) {
    long pushed = 0, pending = 0, refused = 0, lostInStore = 0, answeredDuplicate = 0, pushedAgain = 0;
    Set<String> accepted = new HashSet<>();
    for (List<OutRow> rows : outboxes.values()) {
      for (OutRow r : rows) {
        pushed++;
        // Evidence that a fault came between sending a row and writing its answer down: the row
        // was sent again, and the hub answered with the first receipt ("duplicate").
        if (r.attempts() > 1) pushedAgain++;
        if (r.state().equals("duplicate")) answeredDuplicate++;
        switch (r.state()) {
          case "pending" -> pending++;
          case "refused" -> refused++;
          default -> {
            Receipt receipt = receipts.get(r.recordId());
            if (receipt == null || !receipt.eventId().equals(r.eventId())) lostInStore++;
            else accepted.add(r.recordId());
          }
        }
      }
    }
    long storeDuplicates = Math.max(0, storeFactEvents - receipts.size());
    // Inboxes: each fact of one region in the other's inbox, once, as the store's event, and each
    // person's facts in their order (feed_position is the hub's log position, in commit order).
    long inboxLost = 0, inboxDuplicated = 0, inboxMisplaced = 0;
    List<String> names = new ArrayList<>(outboxes.keySet());
    for (String name : names) {
      String other = names.get(1 - names.indexOf(name));
      Map<String, List<InRow>> byRecord = new HashMap<>();
      for (InRow row : inboxes.get(name)) byRecord.computeIfAbsent(row.recordId(), k -> new ArrayList<>()).add(row);
      for (OutRow r : outboxes.get(other)) {
        if (!accepted.contains(r.recordId())) continue;
        List<InRow> got = byRecord.getOrDefault(r.recordId(), List.of());
        if (got.isEmpty()) inboxLost++;
        if (got.size() > 1) inboxDuplicated += got.size() - 1;
        for (InRow in : got) if (!in.eventId().equals(receipts.get(r.recordId()).eventId())) inboxMisplaced++;
      }
      Map<String, Long> lastSequence = new HashMap<>();
      for (InRow row : inboxes.get(name)) {
        Long last = lastSequence.put(row.personKey(), row.personSequence());
        if (last != null && row.personSequence() <= last) inboxMisplaced++;
      }
    }
    // Kafka: every stored event once, each person's in order.
    long kafkaLost = 0;
    for (Receipt r : receipts.values()) if (!kafka.count.containsKey(r.eventId())) kafkaLost++;
    long kafkaLostAll = Math.max(0, storeEvents - kafka.distinctIds());
    long kafkaDuplicated = kafka.records - kafka.distinctIds();
    System.out.printf(
        "reconciliation: pushed %d facts (%d accepted, %d refused, %d still pending)%n"
            + "  outboxes:   %d rows sent more than once, %d answered \"duplicate\" (the hub's first receipt)%n"
            + "  hub store:  %d receipts, %d fact events, %d events in all | lost %d, duplicated %d%n"
            + "  inboxes:    %s | lost %d, duplicated %d, out of order %d%n"
            + "  Kafka:      %d records, %d distinct events | lost %d (facts %d), duplicated %d (same event id again), out of order %d (first deliveries)%n",
        pushed, accepted.size(), refused, pending, pushedAgain, answeredDuplicate,
        receipts.size(), storeFactEvents, storeEvents, lostInStore + pending, storeDuplicates,
        inboxes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().size()).toList(),
        inboxLost, inboxDuplicated, inboxMisplaced,
        kafka.records, kafka.distinctIds(), kafkaLostAll, kafkaLost, kafkaDuplicated, kafka.outOfOrder);
    long lost = lostInStore + pending + inboxLost + kafkaLost + kafkaLostAll;
    long duplicated = storeDuplicates + inboxDuplicated + kafkaDuplicated;
    long outOfOrder = inboxMisplaced + kafka.outOfOrder;
    System.out.printf("TOTAL lost=%d duplicated=%d out_of_order=%d refused=%d%n", lost, duplicated, outOfOrder, refused);
    return lost == 0 && duplicated == 0 && outOfOrder == 0 && refused == 0;
  }

  static List<OutRow> outbox(String name) throws Exception {
    List<OutRow> rows = new ArrayList<>();
    try (Connection c = region(name);
        var st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT fact->>'recordId', state, receipt_event_id, attempts FROM tongchou_outbox ORDER BY id")) {
      while (rs.next()) rows.add(new OutRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)));
    }
    return rows;
  }

  static List<InRow> inbox(String name) throws Exception {
    List<InRow> rows = new ArrayList<>();
    try (Connection c = region(name);
        var st = c.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT record_id, feed_position, item->'fact'->'recorded'->'receipt'->>'eventId',"
                + " person_key, item->'fact'->'recorded'->'receipt'->>'personSequence'"
                + " FROM tongchou_inbox WHERE kind = 'fact' ORDER BY feed_position")) {
      while (rs.next()) {
        rows.add(new InRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            Long.parseLong(rs.getString(5))));
      }
    }
    return rows;
  }

  static final class KafkaView {
    final Map<String, Integer> count = new HashMap<>();
    long records;
    long outOfOrder;

    long distinctIds() {
      return count.size();
    }

    static KafkaView read(String bootstrap) {
      KafkaView view = new KafkaView();
      Properties p = new Properties();
      p.put("bootstrap.servers", bootstrap);
      p.put("isolation.level", "read_committed");
      p.put("enable.auto.commit", "false");
      p.put("key.deserializer", ByteArrayDeserializer.class.getName());
      p.put("value.deserializer", ByteArrayDeserializer.class.getName());
      p.put("default.api.timeout.ms", "15000");
      String topic = "tongchou.events.v1";
      Map<String, Long> lastPosition = new HashMap<>();
      try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
        List<TopicPartition> parts;
        try {
          parts = consumer.partitionsFor(topic).stream()
              .map(i -> new TopicPartition(topic, i.partition())).toList();
        } catch (Exception noTopic) {
          return view;
        }
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        Map<TopicPartition, Long> end = consumer.endOffsets(parts);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
            && System.nanoTime() < deadline) {
          for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
            view.records++;
            String id = header(r, "tongchou-event-id");
            if (view.count.merge(id, 1, Integer::sum) > 1) {
              // A redelivery of an event already read (its id): a consumer that deduplicates as
              // docs/KAFKA.md says skips it; counted as duplicated, not as out of order.
              continue;
            }
            long position = Long.parseLong(header(r, "tongchou-position"));
            String key = new String(r.key(), StandardCharsets.UTF_8);
            Long last = lastPosition.get(key);
            if (last != null && position < last) view.outOfOrder++;
            if (last == null || position > last) lastPosition.put(key, position);
          }
        }
      }
      return view;
    }

    static String header(ConsumerRecord<?, ?> r, String name) {
      Header h = r.headers().lastHeader(name);
      return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
  }
}
