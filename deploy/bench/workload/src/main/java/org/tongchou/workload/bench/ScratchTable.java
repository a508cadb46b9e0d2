package org.tongchou.workload.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The scratch copy of the hub's event table that the baseline writes to, beside the real one.
 *
 * <p>{@code LIKE ... INCLUDING DEFAULTS} copies {@code global_index}'s default, which is {@code
 * nextval} on the hub's own sequence: left alone, every scratch row would burn a value of the hub's
 * global index and leave gaps that Axon's tracking processors then wait on. The scratch table
 * therefore gets its own sequence (same cost per row, no effect on the hub).
 */
final class ScratchTable {

  static final String NAME = "bench_scratch_event";
  static final String COLUMNS =
      "event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
          + " payload_type, payload_revision, payload, meta_data";
  private static final String UNDEFINED_TABLE = "42P01";

  private ScratchTable() {}

  static void create(Connection db) throws BaselineException {
    try (Statement sql = db.createStatement()) {
      sql.execute(
          "CREATE TABLE IF NOT EXISTS "
              + NAME
              + " (LIKE domain_event_entry INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
      sql.execute("CREATE SEQUENCE IF NOT EXISTS " + NAME + "_seq");
      sql.execute(
          "ALTER TABLE "
              + NAME
              + " ALTER COLUMN global_index SET DEFAULT nextval('"
              + NAME
              + "_seq')");
    } catch (SQLException e) {
      if (UNDEFINED_TABLE.equals(e.getSQLState())) {
        throw new BaselineException(
            "table domain_event_entry does not exist in this database:"
                + " point --jdbc-url at the hub's event store",
            e);
      }
      throw new BaselineException("cannot create " + NAME + ": " + e.getMessage(), e);
    }
  }

  /** The {@code count} most recent events of the hub, newest first. */
  static List<EventRow> recentEvents(Connection db, int count) throws SQLException {
    List<EventRow> rows = new ArrayList<>(count);
    try (PreparedStatement sql =
        db.prepareStatement(
            "SELECT " + COLUMNS + " FROM domain_event_entry ORDER BY global_index DESC LIMIT ?")) {
      sql.setInt(1, count);
      try (ResultSet r = sql.executeQuery()) {
        while (r.next()) {
          rows.add(
              new EventRow(
                  r.getString(1),
                  r.getString(2),
                  r.getLong(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getString(7),
                  r.getBytes(8),
                  r.getBytes(9)));
        }
      }
    }
    return rows;
  }

  static void truncate(Connection db) throws SQLException {
    try (Statement sql = db.createStatement()) {
      sql.execute("TRUNCATE " + NAME);
    }
  }
}
