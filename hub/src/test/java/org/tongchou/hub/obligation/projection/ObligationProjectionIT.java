package org.tongchou.hub.obligation.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.testing.TestHub;

/**
 * The obligation projection writes the openings of a processor batch together when the batch
 * commits (issue #15). Against the hub's schema in a schema of its own: the rows must be exactly
 * those that a DELETE and an INSERT per opening wrote, whatever else the batch changes.
 */
class ObligationProjectionIT {

  static final String SCHEMA =
      "obligation_projection_" + UUID.randomUUID().toString().substring(0, 8);
  static final String PERSON = "p0123456789abcdef0123456789abcdef01234567";

  static JdbcTemplate jdbc;
  static ObligationProjection projection;

  @BeforeAll
  static void theHubsSchema() {
    DriverManagerDataSource data =
        new DriverManagerDataSource(
            TestHub.POSTGRES_URL + "?currentSchema=" + SCHEMA, "tongchou", "tongchou");
    Flyway.configure()
        .dataSource(data)
        .schemas(SCHEMA)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    jdbc = new JdbcTemplate(data);
    projection = new ObligationProjection(jdbc);
  }

  @AfterAll
  static void dropTheSchema() {
    jdbc.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
  }

  @BeforeEach
  void empty() {
    projection.reset();
  }

  /** Whatever each test did, the tally counts the rows it left (issue #14). */
  @AfterEach
  void theTallyIsTheRowsGrouped() {
    assertThat(ObligationTallyIT.tally(jdbc)).isEqualTo(ObligationTallyIT.grouped(jdbc));
  }

  @Test
  void givenABatchThatOpensAndThenSettlesADutyWhenItCommitsThenTheRowShowsBothInOrder() {
    inOneBatch(
        changed(3, opened("verification-request/320211/a-1#1", ObligationStatus.OPEN)),
        changed(3, opened("certificate-issuance/320211/a-1#1", ObligationStatus.OPEN)),
        changed(
            4,
            new ObligationChange.StatusChanged(
                "verification-request/320211/a-1#1",
                "320211",
                "410102",
                ObligationStatus.MET_ON_TIME,
                "410102/answer-1",
                LocalDate.of(2026, 3, 5))));

    assertThat(rows())
        .containsExactly(
            Map.of(
                "obligation_id", "certificate-issuance/320211/a-1#1",
                "status", "open",
                "evidence", "-",
                "last_position", 3L),
            Map.of(
                "obligation_id", "verification-request/320211/a-1#1",
                "status", "met-on-time",
                "evidence", "410102/answer-1",
                "last_position", 4L));
  }

  @Test
  void givenABatchWhileItIsUnderWayThenNoOpeningIsWrittenYetAndARolledBackOneWritesNone() {
    UnitOfWork<?> batch =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
    projection.on(
        changed(3, opened("verification-request/320211/a-1#1", ObligationStatus.OPEN)),
        new GlobalSequenceTrackingToken(3));

    assertThat(rows()).as("held until the batch commits").isEmpty();
    batch.rollback();
    assertThat(rows()).isEmpty();
  }

  @Test
  void givenABatchHandedOverAgainWhenItCommitsThenEachObligationHasOneRowAsBefore() {
    ObligationsChanged opening =
        changed(3, opened("verification-request/320211/a-1#1", ObligationStatus.OPEN));
    inOneBatch(opening);
    inOneBatch(opening, opening);

    assertThat(rows())
        .containsExactly(
            Map.of(
                "obligation_id", "verification-request/320211/a-1#1",
                "status", "open",
                "evidence", "-",
                "last_position", 3L));
  }

  @Test
  void givenNoBatchWhenAnEventComesThenItsOpeningsAreWrittenAtOnce() {
    projection.on(
        changed(7, opened("verification-request/320211/a-1#1", ObligationStatus.OVERDUE)),
        new GlobalSequenceTrackingToken(7));

    assertThat(rows())
        .containsExactly(
            Map.of(
                "obligation_id", "verification-request/320211/a-1#1",
                "status", "overdue",
                "evidence", "-",
                "last_position", 7L));
  }

  @Test
  void givenAWriteTheDatabaseRefusesWhenTheBatchCommitsThenTheCommitFails() {
    jdbc.execute(
        "ALTER TABLE obligation_view ADD CONSTRAINT no_overdue CHECK (status <> 'overdue')");
    try {
      // The processor then rolls the batch back and hands it over again (ReadModelErrors).
      assertThatThrownBy(
              () ->
                  inOneBatch(
                      changed(
                          3,
                          opened("verification-request/320211/a-1#1", ObligationStatus.OVERDUE))))
          .hasMessageContaining("no_overdue");
    } finally {
      jdbc.execute("ALTER TABLE obligation_view DROP CONSTRAINT no_overdue");
    }
    assertThat(rows()).isEmpty();
  }

  private static void inOneBatch(ObligationsChanged... events) {
    UnitOfWork<?> batch =
        DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
    for (ObligationsChanged event : events) {
      projection.on(event, new GlobalSequenceTrackingToken(event.personSequence()));
    }
    batch.commit();
  }

  private static List<Map<String, Object>> rows() {
    return jdbc.queryForList(
        "SELECT obligation_id, status, COALESCE(evidence, '-') AS evidence, last_position "
            + "FROM obligation_view ORDER BY obligation_id COLLATE \"C\"");
  }

  /** An event at {@code position} (its sequence stands for it in these tests). */
  private static ObligationsChanged changed(long position, ObligationChange change) {
    return new ObligationsChanged(
        PERSON,
        position,
        List.of(change),
        "320211/a-1",
        Instant.parse("2026-03-01T02:00:00Z"),
        null,
        null);
  }

  private static ObligationChange.Opened opened(String id, ObligationStatus status) {
    String subject = id.substring(0, id.lastIndexOf('#'));
    return new ObligationChange.Opened(
        id,
        subject.substring(0, subject.indexOf('/')),
        subject,
        Side.INFLOW,
        "320211",
        "410102",
        LocalDate.of(2026, 3, 1),
        LocalDate.of(2026, 3, 31),
        "national-2009.1",
        "320211/a-1",
        null,
        status,
        null,
        null);
  }
}
