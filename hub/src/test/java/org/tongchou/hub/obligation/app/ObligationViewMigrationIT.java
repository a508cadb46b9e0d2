package org.tongchou.hub.obligation.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.testing.TestHub;

/**
 * obligation_view rows written before issue #15's V70 (with their subject column and primary key)
 * read the same after it: the subject comes from the id, and the rows are found by id and by region
 * and due date as before.
 */
class ObligationViewMigrationIT {

  @Test
  void givenRowsWrittenBeforeV70WhenMigratedThenTheyReadAsBefore() {
    String schema = "obligation_view_" + UUID.randomUUID().toString().substring(0, 8);
    DriverManagerDataSource data =
        new DriverManagerDataSource(
            TestHub.POSTGRES_URL + "?currentSchema=" + schema, "tongchou", "tongchou");
    Flyway.configure()
        .dataSource(data)
        .schemas(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .target("45")
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(data);
    jdbc.update(
        "INSERT INTO obligation_view (obligation_id, person_key, kind, subject, side, responsible, "
            + "owed, opens_on, due_on, policy_version, opened_by, period, status, last_position) "
            + "VALUES ('service-coverage/320211/a#b-1/2026-Q1#2', 'p1', 'service-coverage', "
            + "'service-coverage/320211/a#b-1/2026-Q1', 'inflow', '320211', '410102', "
            + "DATE '2026-01-15', DATE '2026-03-31', 'national-2009.1', '320211/a#b-1', '2026-Q1', "
            + "'overdue', 12)");

    Flyway.configure()
        .dataSource(data)
        .schemas(schema)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();

    ObligationViews views = new ObligationViews(jdbc);
    ObligationRow row = views.find("service-coverage/320211/a#b-1/2026-Q1#2").orElseThrow();
    assertThat(row.subject()).isEqualTo("service-coverage/320211/a#b-1/2026-Q1");
    assertThat(row.kind()).isEqualTo("service-coverage");
    assertThat(row.period()).isEqualTo("2026-Q1");
    assertThat(row.status()).isEqualTo(ObligationStatus.OVERDUE);
    assertThat(row.lastPosition()).isEqualTo(12);
    assertThat(views.dueIn(List.of("410102"), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)))
        .containsExactly(row);
    jdbc.execute("DROP SCHEMA " + schema + " CASCADE");
  }
}
