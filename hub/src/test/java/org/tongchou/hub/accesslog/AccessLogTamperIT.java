package org.tongchou.hub.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.StatusRuntimeException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.AccessLogReads;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.FactOutcome;

/**
 * The access log altered behind the hub's back, directly in PostgreSQL, in a schema of its own so
 * that no other test sees the broken chain: the hub's verification names the entry.
 */
class AccessLogTamperIT {

  static ConfigurableApplicationContext hub;
  static JdbcTemplate sql;
  static HubClient henan;
  static AccessLogReads auditor;
  static String id = IdNumbers.woman("410102");

  @BeforeAll
  static void fiveReadsAreLogged() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("accesslog_tamper"));
    sql = hub.getBean(JdbcTemplate.class);
    try (HubClient wuxi = TestHub.clientFor(hub, Facts.WUXI)) {
      assertThat(wuxi.submitOne(Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01")).getKind())
          .isEqualTo(FactOutcome.Kind.ACCEPTED);
    }
    henan = TestHub.clientFor(hub, Facts.HENAN);
    for (int i = 0; i < 5; i++) {
      henan.timeline(id);
    }
    auditor = new AccessLogReads(TestHub.clientAs(hub, Role.AUDITOR, null));
  }

  @AfterAll
  static void stop() {
    henan.close();
    hub.close();
  }

  @Test
  void anEntryAlteredInPostgresIsNamedByVerifyAndVerifiesAgainOnceRestored() {
    String purpose =
        sql.queryForObject("SELECT purpose FROM access_log_entry WHERE sequence = 3", String.class);
    sql.update("UPDATE access_log_entry SET purpose = 'nothing to see' WHERE sequence = 3");

    AccessLogVerification verdict = auditor.verify();

    sql.update("UPDATE access_log_entry SET purpose = ? WHERE sequence = 3", purpose);
    assertThat(verdict.getIntact()).isFalse();
    assertThat(verdict.getBrokenSequence()).isEqualTo(3);
    assertThat(verdict.getProblem()).startsWith("altered");
    assertThat(verdict.getChecked()).isEqualTo(2);
    assertThat(auditor.verify().getIntact()).isTrue();
  }

  @Test
  void anEntryDeletedInPostgresIsNamedAsMissing() {
    Map<String, Object> row = sql.queryForMap("SELECT * FROM access_log_entry WHERE sequence = 2");
    String subject =
        sql.queryForObject(
            "SELECT subject FROM access_log_subject WHERE sequence = 2", String.class);
    sql.update("DELETE FROM access_log_subject WHERE sequence = 2");
    sql.update("DELETE FROM access_log_entry WHERE sequence = 2");

    AccessLogVerification verdict = auditor.verify();

    sql.update(
        "INSERT INTO access_log_entry (sequence, read_at, reader, role, jurisdiction, action, purpose, outcome, "
            + "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row.get("sequence"),
        row.get("read_at"),
        row.get("reader"),
        row.get("role"),
        row.get("jurisdiction"),
        row.get("action"),
        row.get("purpose"),
        row.get("outcome"),
        row.get("previous_hash"),
        row.get("hash"));
    sql.update(
        "INSERT INTO access_log_subject (sequence, ordinal, subject) VALUES (2, 0, ?)", subject);
    assertThat(verdict.getBrokenSequence()).isEqualTo(2);
    assertThat(verdict.getProblem()).startsWith("missing");
    assertThat(auditor.verify().getIntact()).isTrue();
  }

  @Test
  void aReadWhoseEntryCannotBeWrittenIsNotAnswered() {
    sql.execute("ALTER TABLE access_log_subject RENAME TO access_log_subject_away");
    try {
      assertThatThrownBy(() -> henan.timeline(id))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode().name()).isIn("INTERNAL", "UNAVAILABLE"));
    } finally {
      sql.execute("ALTER TABLE access_log_subject_away RENAME TO access_log_subject");
    }
    assertThat(auditor.verify().getIntact())
        .as("the failed append left no trace in the chain")
        .isTrue();
  }
}
