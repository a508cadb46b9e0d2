package org.tongchou.hub.obligation.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.testing.TestHub;

/**
 * {@code obligation_tally} (issue #14) must always hold {@code obligation_view}'s rows counted by
 * due day and group, whatever the projection is handed: openings, every kind of change, batches
 * handed over again, batches rolled back, events outside a batch. Thousands of random events on
 * PostgreSQL and on H2 (the embedded default), compared after every batch with the rows grouped.
 */
class ObligationTallyIT {

  static final String[] KINDS = {"verification-request", "certificate-issuance", "coverage"};
  static final String[] REGIONS = {"320211", "320213", "410102"};
  static final ObligationStatus[] STATUSES = ObligationStatus.values();

  static Stream<Arguments> databases() {
    String schema = "obligation_tally_" + UUID.randomUUID().toString().substring(0, 8);
    return Stream.of(
        Arguments.of(
            "PostgreSQL",
            new SingleConnectionDataSource(
                TestHub.POSTGRES_URL + "?currentSchema=" + schema, "tongchou", "tongchou", true),
            schema,
            "classpath:db/migration/postgresql"),
        Arguments.of(
            "H2",
            new SingleConnectionDataSource(
                "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa", "", true),
            "PUBLIC",
            "classpath:db/migration/h2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void givenThousandsOfRandomChangesWhenEachBatchEndsThenTheTallyIsTheRowsGrouped(
      String database, DataSource data, String schema, String vendorMigrations) {
    Flyway.configure()
        .dataSource(data)
        .schemas(schema)
        .locations("classpath:db/migration/common", vendorMigrations)
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(data);
    TransactionTemplate transaction =
        new TransactionTemplate(new DataSourceTransactionManager(data));
    ObligationProjection projection = new ObligationProjection(jdbc);
    Random random = new Random(20261207L);
    List<String> opened = new ArrayList<>();
    long position = 1;
    try {
      for (int batch = 0; batch < 200; batch++) {
        List<ObligationsChanged> events = new ArrayList<>();
        for (int e = random.nextInt(8); e >= 0; e--) {
          events.add(randomEvent(random, opened, position++));
        }
        switch (random.nextInt(6)) {
          case 0 -> events.forEach(event -> outsideABatch(projection, event));
          case 1 -> rolledBack(transaction, projection, events);
          case 2 -> {
            // Handed over again: the processor may repeat a committed batch after a failure.
            inOneBatch(projection, events);
            inOneBatch(projection, events);
          }
          default -> inOneBatch(projection, events);
        }
        assertThat(tally(jdbc)).as("%s after batch %d", database, batch).isEqualTo(grouped(jdbc));
      }
      assertThat(grouped(jdbc)).as("the test changed rows").hasSizeGreaterThan(20);
    } finally {
      if (!"PUBLIC".equals(schema)) {
        jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
      }
      ((SingleConnectionDataSource) data).destroy();
    }
  }

  /** The tally's rows, as the rows grouped are listed. */
  static List<Map<String, Object>> tally(JdbcTemplate jdbc) {
    return jdbc.queryForList(
        "SELECT due_on, kind, side, responsible, owed, status, policy_version, disputed, "
            + "obligations FROM obligation_tally ORDER BY 1, 2, 3, 4, 5, 6, 7, 8");
  }

  /** What the tally must be: {@code obligation_view} grouped. */
  static List<Map<String, Object>> grouped(JdbcTemplate jdbc) {
    return jdbc.queryForList(
        "SELECT due_on, kind, side, responsible, owed, status, policy_version, "
            + "COALESCE(dispute = 'disputed', FALSE) AS disputed, COUNT(*) AS obligations "
            + "FROM obligation_view GROUP BY due_on, kind, side, responsible, owed, status, "
            + "policy_version, COALESCE(dispute = 'disputed', FALSE) ORDER BY 1, 2, 3, 4, 5, 6, 7, 8");
  }

  /**
   * An event of one to three changes: a new opening, a reopening of a known id (its terms again), a
   * change to a known id, or to an id that has no row.
   */
  static ObligationsChanged randomEvent(Random random, List<String> opened, long position) {
    List<ObligationChange> changes = new ArrayList<>();
    for (int c = random.nextInt(3); c >= 0; c--) {
      int pick = random.nextInt(10);
      if (opened.isEmpty() || pick < 3) {
        String id = KINDS[random.nextInt(KINDS.length)] + "/320211/p" + opened.size() + "#1";
        opened.add(id);
        changes.add(opening(random, id));
      } else if (pick == 3) {
        changes.add(opening(random, opened.get(random.nextInt(opened.size()))));
      } else {
        String id =
            pick == 9 ? "coverage/320211/never#1" : opened.get(random.nextInt(opened.size()));
        changes.add(change(random, id));
      }
    }
    return new ObligationsChanged(
        "p" + position,
        position,
        changes,
        "320211/r-" + position,
        Instant.parse("2026-03-01T02:00:00Z"),
        null,
        null);
  }

  static ObligationChange.Opened opening(Random random, String id) {
    String subject = id.substring(0, id.lastIndexOf('#'));
    LocalDate due = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(5));
    return new ObligationChange.Opened(
        id,
        subject.substring(0, subject.indexOf('/')),
        subject,
        random.nextBoolean() ? Side.INFLOW : Side.OUTFLOW,
        REGIONS[random.nextInt(REGIONS.length)],
        REGIONS[random.nextInt(REGIONS.length)],
        due.minusDays(30),
        due,
        random.nextBoolean() ? "national-2009.1" : "jiangsu-2026.1",
        "320211/r",
        null,
        STATUSES[random.nextInt(STATUSES.length)],
        null,
        null);
  }

  static ObligationChange change(Random random, String id) {
    return switch (random.nextInt(5)) {
      case 0 -> new ObligationChange.Waived(id, "320211", "410102", "320000", "a reason");
      case 1 -> new ObligationChange.Disputed(id, "320211", "410102", "320211", "not ours");
      case 2 ->
          new ObligationChange.DisputeRuled(
              id, "320211", "410102", random.nextBoolean(), null, "320000", "ruled");
      case 3 -> new ObligationChange.Reassigned(id, "320211", "410102", id + "-2", null, null);
      default ->
          new ObligationChange.StatusChanged(
              id,
              "320211",
              "410102",
              STATUSES[random.nextInt(STATUSES.length)],
              "410102/answer",
              LocalDate.of(2026, 1, 3));
    };
  }

  static void inOneBatch(ObligationProjection projection, List<ObligationsChanged> events) {
    UnitOfWork<?> batch =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
    events.forEach(event -> handle(projection, event));
    batch.commit();
  }

  /**
   * A batch whose transaction fails after the projection wrote everything (the token's update, in
   * the hub): the rows and the tally go back together.
   */
  static void rolledBack(
      TransactionTemplate transaction,
      ObligationProjection projection,
      List<ObligationsChanged> events) {
    transaction.executeWithoutResult(
        status -> {
          inOneBatch(projection, events);
          status.setRollbackOnly();
        });
  }

  static void outsideABatch(ObligationProjection projection, ObligationsChanged event) {
    handle(projection, event);
  }

  static void handle(ObligationProjection projection, ObligationsChanged event) {
    projection.on(event, new GlobalSequenceTrackingToken(event.personSequence()));
  }
}
