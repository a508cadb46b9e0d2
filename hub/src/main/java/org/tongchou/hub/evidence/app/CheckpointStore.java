package org.tongchou.hub.evidence.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The signed checkpoints, in sequence. */
@Repository
public class CheckpointStore {

  private static final String COLUMNS =
      "SELECT sequence, feed_position, to_position, body, hash, key_id, signature, created_at FROM log_checkpoint ";

  private final JdbcTemplate jdbc;

  CheckpointStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<StoredCheckpoint> last() {
    return jdbc.query(COLUMNS + "ORDER BY sequence DESC LIMIT 1", CheckpointStore::row).stream()
        .findFirst();
  }

  /** Checkpoints after {@code afterSequence}, oldest first, at most {@code limit}. */
  public List<StoredCheckpoint> after(long afterSequence, int limit) {
    return jdbc.query(
        COLUMNS + "WHERE sequence > ? ORDER BY sequence LIMIT ?",
        CheckpointStore::row,
        afterSequence,
        limit);
  }

  /** Every checkpoint whose own log position is at most {@code head}, oldest first. */
  public List<StoredCheckpoint> upTo(long head) {
    return jdbc.query(
        COLUMNS + "WHERE feed_position <= ? ORDER BY sequence", CheckpointStore::row, head);
  }

  /** Checkpoints whose own log position is in (after, upTo]: what a feed delivers there. */
  public List<StoredCheckpoint> atPositions(long after, long upTo) {
    return jdbc.query(
        COLUMNS + "WHERE feed_position > ? AND feed_position <= ? ORDER BY feed_position",
        CheckpointStore::row,
        after,
        upTo);
  }

  void add(StoredCheckpoint checkpoint) {
    jdbc.update(
        "INSERT INTO log_checkpoint (sequence, feed_position, to_position, body, hash, key_id, signature, "
            + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        checkpoint.sequence(),
        checkpoint.feedPosition(),
        checkpoint.toPosition(),
        checkpoint.body(),
        checkpoint.hash(),
        checkpoint.keyId(),
        Base64.getEncoder().encodeToString(checkpoint.signature()),
        Timestamp.from(checkpoint.createdAt()));
  }

  private static StoredCheckpoint row(ResultSet rs, int n) throws SQLException {
    return new StoredCheckpoint(
        rs.getLong(1),
        rs.getLong(2),
        rs.getLong(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        Base64.getDecoder().decode(rs.getString(7)),
        rs.getTimestamp(8).toInstant());
  }
}
