package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.adapter.hub.HubReceipt;

/** The adapter's reads and writes of {@code tongchou_outbox}. Each method commits its own work. */
public final class OutboxTable {

  private OutboxTable() {}

  /** Up to {@code limit} pending rows, in id order. */
  public static List<OutboxRow> pending(Connection c, int limit) throws SQLException {
    List<OutboxRow> rows = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id, fact::text FROM tongchou_outbox WHERE state = 'pending' ORDER BY id LIMIT ?")) {
      select.setInt(1, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new OutboxRow(rs.getLong(1), rs.getString(2)));
        }
      }
    }
    c.commit();
    return rows;
  }

  /** Counts a push starting for these rows, before it is sent: a crash still leaves the count. */
  public static void countAttempt(Connection c, List<Long> ids) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE tongchou_outbox SET attempts = attempts + 1, updated_at = now() WHERE id = ANY (?)")) {
      update.setArray(1, c.createArrayOf("bigint", ids.toArray()));
      update.executeUpdate();
    }
    c.commit();
  }

  /**
   * Writes outcomes to rows still pending, in one transaction. A row already answered keeps its
   * first outcome, so that it never holds two receipts.
   *
   * @return the rows written
   */
  public static int record(Connection c, List<RowOutcome> outcomes) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE tongchou_outbox SET state = ?, outcome_code = ?,"
                + " refusal = ?, receipt_event_id = ?, receipt_position = ?, receipt_hash = ?, recorded_at = ?,"
                + " updated_at = now() WHERE id = ? AND state = 'pending'")) {
      for (RowOutcome outcome : outcomes) {
        update.setString(1, outcome.state().column());
        update.setString(2, outcome.code());
        update.setString(3, outcome.refusal().isEmpty() ? null : outcome.refusal());
        HubReceipt receipt = outcome.receipt().orElse(null);
        update.setString(4, receipt == null ? null : receipt.eventId());
        if (receipt == null) {
          update.setNull(5, Types.BIGINT);
        } else {
          update.setLong(5, receipt.position());
        }
        update.setString(6, receipt == null ? null : receipt.hash());
        update.setObject(7, receipt == null ? null : Sql.timestamp(receipt.recordedAt()));
        update.setLong(8, outcome.id());
        update.addBatch();
      }
      int written = 0;
      for (int count : update.executeBatch()) {
        written += Math.max(count, 0);
      }
      c.commit();
      return written;
    } catch (SQLException e) {
      Sql.rollbackQuietly(c);
      throw e;
    }
  }
}
