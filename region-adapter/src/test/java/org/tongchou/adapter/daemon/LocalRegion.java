package org.tongchou.adapter.daemon;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tongchou.hub.testing.TestHub;

/**
 * A region's own database in a test: a schema of its own on the test database, seen as the region's
 * system sees it (it inserts into the outbox, reads the inbox) and as a test checks it.
 */
final class LocalRegion implements AutoCloseable {

  /** An outbox row as the adapter left it. */
  record OutboxView(
      long id,
      String recordId,
      String state,
      String code,
      String refusal,
      String eventId,
      Long position) {}

  /** An inbox row's identity. */
  record InboxView(long position, String kind, String recordId) {}

  final String schema;
  final String url;

  private LocalRegion(String schema) {
    this.schema = schema;
    this.url = TestHub.POSTGRES_URL + "?currentSchema=" + schema;
  }

  /** A region whose schema does not exist yet: the adapter's init-db creates it. */
  static LocalRegion fresh(String name) {
    return new LocalRegion(name + "_" + UUID.randomUUID().toString().substring(0, 8));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "tongchou", "tongchou");
  }

  /** Inserts facts as the region's system does, in one transaction, in the given order. */
  void insert(List<String> facts) throws SQLException {
    try (Connection c = connect();
        PreparedStatement insert =
            c.prepareStatement("INSERT INTO tongchou_outbox (fact) VALUES (CAST(? AS jsonb))")) {
      c.setAutoCommit(false);
      for (String fact : facts) {
        insert.setString(1, fact);
        insert.addBatch();
      }
      insert.executeBatch();
      c.commit();
    }
  }

  List<OutboxView> outbox() throws SQLException {
    List<OutboxView> rows = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT id, fact ->> 'recordId', state, outcome_code, refusal, receipt_event_id, receipt_position"
                    + " FROM tongchou_outbox ORDER BY id")) {
      while (rs.next()) {
        rows.add(
            new OutboxView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                (Long) rs.getObject(7)));
      }
    }
    return rows;
  }

  List<InboxView> inbox() throws SQLException {
    List<InboxView> rows = new ArrayList<>();
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT feed_position, kind, record_id FROM tongchou_inbox ORDER BY feed_position")) {
      while (rs.next()) {
        rows.add(new InboxView(rs.getLong(1), rs.getString(2), rs.getString(3)));
      }
    }
    return rows;
  }

  long pending() throws SQLException {
    return number("SELECT count(*) FROM tongchou_outbox WHERE state = 'pending'");
  }

  /** The most pushes any row has needed so far. */
  long mostAttempts() throws SQLException {
    return number("SELECT coalesce(max(attempts), 0) FROM tongchou_outbox");
  }

  long checkpoint() throws SQLException {
    return number("SELECT feed_position FROM tongchou_feed_checkpoint");
  }

  private long number(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Cuts every adapter's connection from the database side, wherever it is in its work (a database
   * restart, as the adapter sees it). Tests run one after another, so only this test's adapter is
   * connected.
   */
  void cutAdapterConnections() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE application_name = 'tongchou-region-adapter' AND datname = current_database()");
    }
  }

  /** Drops the schema: the test database is shared by every test. */
  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(TestHub.POSTGRES_URL, "tongchou", "tongchou");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }
}
