package org.tongchou.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.testing.TestHub;

class LocalSchemaIT {

  private static final String CHECK_VIOLATION = "23514";

  @Test
  void aRestartKeepsCheckingNewInboxRowsWithoutRevalidatingTheOldOnes() throws SQLException {
    String schema = "local_schema_" + UUID.randomUUID().toString().substring(0, 8);
    String url = TestHub.POSTGRES_URL + "?currentSchema=" + schema;
    try (Connection c = DriverManager.getConnection(url, "tongchou", "tongchou");
        Statement s = c.createStatement()) {
      LocalSchema.create(c, url);
      s.execute("INSERT INTO tongchou_inbox (feed_position, kind, item) VALUES (1, 'fact', '{}')");
      c.commit();

      LocalSchema.create(c, url); // the next start

      try (ResultSet rs =
          s.executeQuery(
              "SELECT convalidated FROM pg_constraint"
                  + " WHERE conname = 'tongchou_inbox_kind_check' AND connamespace = '"
                  + schema
                  + "'::regnamespace")) {
        assertThat(rs.next()).isTrue();
        assertThat(rs.getBoolean(1)).isFalse();
      }
      assertThatThrownBy(
              () ->
                  s.execute(
                      "INSERT INTO tongchou_inbox (feed_position, kind, item) VALUES (2, 'bogus', '{}')"))
          .isInstanceOfSatisfying(
              SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(CHECK_VIOLATION));
      c.rollback();
    } finally {
      try (Connection c =
              DriverManager.getConnection(TestHub.POSTGRES_URL, "tongchou", "tongchou");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE"); // the test database is shared
      }
    }
  }
}
