package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import org.tongchou.adapter.hub.FeedEntry;

/**
 * The adapter's writes of {@code tongchou_inbox} and {@code tongchou_feed_checkpoint}.
 *
 * <p>Each feed entry is stored in one transaction with the checkpoint that moves past it, so that
 * after a crash the feed resumes exactly after the last entry stored: nothing is lost and nothing
 * stored twice. The insert also ignores a position already present, and the checkpoint only moves
 * from the value this writer last saw; either would catch a second adapter writing the same inbox.
 */
public final class InboxTable {

  private static final String INSERT =
      "INSERT INTO tongchou_inbox (feed_position, kind, record_id, region,"
          + " occurred_on, fact_type, person_key, item) VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))"
          + " ON CONFLICT (feed_position) DO NOTHING";
  private static final String MOVE =
      "UPDATE tongchou_feed_checkpoint SET feed_position = ?,"
          + " hub_time = COALESCE(CAST(? AS timestamptz), hub_time), updated_at = now() WHERE id = 1 AND feed_position = ?";

  private InboxTable() {}

  /** The position after which the feed resumes. */
  public static long checkpoint(Connection c) throws SQLException {
    try (PreparedStatement select =
            c.prepareStatement("SELECT feed_position FROM tongchou_feed_checkpoint WHERE id = 1");
        ResultSet rs = select.executeQuery()) {
      long position = rs.next() ? rs.getLong(1) : 0;
      c.commit();
      return position;
    }
  }

  /**
   * Stores {@code entry} (nothing for a checkpoint) and moves the checkpoint from {@code expected}
   * to its position, in one transaction.
   *
   * @throws SQLException also when the checkpoint is no longer at {@code expected}
   */
  public static void store(Connection c, FeedEntry entry, String itemJson, long expected)
      throws SQLException {
    try {
      Optional<InboxItem> item = InboxItem.of(entry);
      if (item.isPresent()) {
        insert(c, entry.position(), item.get(), itemJson);
      }
      try (PreparedStatement move = c.prepareStatement(MOVE)) {
        move.setLong(1, entry.position());
        if (entry instanceof FeedEntry.Checkpoint checkpoint) {
          move.setObject(2, Sql.timestamp(checkpoint.hubTime()));
        } else {
          move.setNull(2, Types.TIMESTAMP_WITH_TIMEZONE);
        }
        move.setLong(3, expected);
        if (move.executeUpdate() != 1) {
          throw new CheckpointMoved(expected);
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      Sql.rollbackQuietly(c);
      throw e;
    }
  }

  /** The checkpoint was not where this writer last saw it: another adapter writes here. */
  public static final class CheckpointMoved extends SQLException {
    CheckpointMoved(long expected) {
      super(
          "the feed checkpoint is no longer at "
              + expected
              + ": another adapter writes to this inbox; nothing was stored");
    }
  }

  private static void insert(Connection c, long position, InboxItem item, String itemJson)
      throws SQLException {
    try (PreparedStatement insert = c.prepareStatement(INSERT)) {
      insert.setLong(1, position);
      insert.setString(2, item.kind());
      insert.setString(3, item.recordId());
      insert.setString(4, item.region());
      insert.setObject(5, item.occurredOn());
      insert.setString(6, item.factType());
      insert.setString(7, item.personKey());
      insert.setString(8, itemJson);
      insert.executeUpdate();
    }
  }
}
