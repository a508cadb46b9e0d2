package org.tongchou.workload.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * The baseline: how fast plain JDBC writes the same event rows the hub just wrote, into a scratch
 * copy of its table, in batches, one commit per batch. No validation, no projections, no
 * idempotency: the ratio hub/raw says what the hub's guarantees cost.
 */
public final class RawJdbcBaseline {

  /**
   * @param rows rows copied and inserted
   * @param rowsPerSecond insert throughput, wall time of the inserts and commits only
   */
  public record Result(int rows, double rowsPerSecond) {}

  private RawJdbcBaseline() {}

  /** Copies the {@code rows} most recent events and times their re-insertion. */
  public static Result measure(
      String url, String user, String password, int rows, int batchSize, String runId)
      throws BaselineException {
    try (Connection db = DriverManager.getConnection(url, user, password)) {
      ScratchTable.create(db);
      List<EventRow> events = ScratchTable.recentEvents(db, rows);
      if (events.isEmpty()) {
        throw new BaselineException("domain_event_entry is empty: nothing to copy", null);
      }
      ScratchTable.truncate(db);
      double perSecond = timedInsert(db, events, batchSize, "bench-" + runId + "-");
      ScratchTable.truncate(db); // untimed; the table stays for the next run, its rows do not
      return new Result(events.size(), perSecond);
    } catch (SQLException e) {
      throw new BaselineException("raw JDBC baseline failed: " + e.getMessage(), e);
    }
  }

  private static double timedInsert(
      Connection db, List<EventRow> events, int batchSize, String prefix) throws SQLException {
    db.setAutoCommit(false);
    String insert =
        "INSERT INTO "
            + ScratchTable.NAME
            + " ("
            + ScratchTable.COLUMNS
            + ") VALUES (?,?,?,?,?,?,?,?,?)";
    long start = System.nanoTime();
    try (PreparedStatement sql = db.prepareStatement(insert)) {
      for (int i = 0; i < events.size(); i++) {
        EventRow e = events.get(i);
        // Fresh identifiers: the unique constraints copied from the hub's table must hold.
        sql.setString(1, UUID.randomUUID().toString());
        sql.setString(2, prefix + e.aggregateIdentifier());
        sql.setLong(3, e.sequenceNumber());
        sql.setString(4, e.type());
        sql.setString(5, e.timeStamp());
        sql.setString(6, e.payloadType());
        sql.setString(7, e.payloadRevision());
        sql.setBytes(8, e.payload());
        sql.setBytes(9, e.metaData());
        sql.addBatch();
        if ((i + 1) % batchSize == 0 || i == events.size() - 1) {
          sql.executeBatch();
          db.commit();
        }
      }
    }
    long nanos = System.nanoTime() - start;
    db.setAutoCommit(true);
    return events.size() * 1e9 / nanos;
  }
}
