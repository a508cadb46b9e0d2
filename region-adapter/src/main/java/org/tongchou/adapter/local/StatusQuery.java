package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@link LocalStatus} from the adapter's tables. */
public final class StatusQuery {

  private static final String OUTBOX =
      "SELECT now(), count(*) FILTER (WHERE state = 'pending'),"
          + " min(created_at) FILTER (WHERE state = 'pending'), count(*) FILTER (WHERE state = 'accepted'),"
          + " count(*) FILTER (WHERE state = 'duplicate'),"
          + " count(*) FILTER (WHERE state = 'refused' AND resolved_at IS NULL) FROM tongchou_outbox";
  private static final String REFUSED =
      "SELECT id, fact ->> 'recordId', refusal FROM tongchou_outbox"
          + " WHERE state = 'refused' AND resolved_at IS NULL ORDER BY id LIMIT ?";
  private static final String FEED =
      "SELECT c.feed_position, c.hub_time, (SELECT count(*) FROM tongchou_inbox)"
          + " FROM tongchou_feed_checkpoint c WHERE c.id = 1";

  private StatusQuery() {}

  /** Reads the status in one snapshot, listing at most {@code refusedShown} refused rows. */
  public static LocalStatus read(Connection c, int refusedShown) throws SQLException {
    c.setTransactionIsolation(
        Connection.TRANSACTION_REPEATABLE_READ); // one snapshot for every count
    try (PreparedStatement outbox = c.prepareStatement(OUTBOX);
        ResultSet o = outbox.executeQuery();
        PreparedStatement feed = c.prepareStatement(FEED);
        ResultSet f = feed.executeQuery()) {
      if (!o.next() || !f.next()) {
        throw new SQLException(
            "tongchou_feed_checkpoint has lost its row; `region-adapter init-db` puts it back");
      }
      LocalStatus status =
          new LocalStatus(
              o.getObject(1, OffsetDateTime.class).toInstant(),
              o.getLong(2),
              Sql.instant(o.getObject(3, OffsetDateTime.class)),
              o.getLong(4),
              o.getLong(5),
              o.getLong(6),
              refused(c, refusedShown),
              f.getLong(1),
              Sql.instant(f.getObject(2, OffsetDateTime.class)),
              f.getLong(3));
      c.commit();
      return status;
    }
  }

  private static List<LocalStatus.RefusedRow> refused(Connection c, int limit) throws SQLException {
    List<LocalStatus.RefusedRow> rows = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(REFUSED)) {
      select.setInt(1, limit);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          rows.add(new LocalStatus.RefusedRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    return rows;
  }
}
