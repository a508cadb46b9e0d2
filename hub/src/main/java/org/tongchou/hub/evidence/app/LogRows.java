package org.tongchou.hub.evidence.app;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.evidence.domain.MerkleTree;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.log.app.FeedLog;

/**
 * The log as stored, for exports: each feed position with its event row exactly as it is, or with
 * none when the row has gone (the export must show that, not skip it).
 */
@Repository
class LogRows {

  /** A log entry; {@code payload} null when the event row is missing. */
  record Row(
      long position,
      String personKey,
      String eventId,
      String payloadType,
      String aggregateId,
      long sequenceNumber,
      Instant recordedAt,
      byte[] payload) {

    boolean missing() {
      return payload == null;
    }
  }

  private static final String SELECT =
      "SELECT f.position, f.person_key, d.event_identifier, d.payload_type, "
          + "d.aggregate_identifier, d.sequence_number, d.payload ";
  private static final String JOIN =
      "LEFT JOIN domain_event_entry d ON d.global_index = f.global_index ";

  private final JdbcTemplate jdbc;

  private final FeedLog feed;

  LogRows(JdbcTemplate jdbc, FeedLog feed) {
    this.jdbc = jdbc;
    this.feed = feed;
  }

  /**
   * Entries in (after, upTo] within the scope's person or division, oldest first, at most {@code
   * limit}.
   */
  List<Row> page(ExportScope scope, long after, long upTo, int limit) {
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder(SELECT);
    if (scope.region() != null) {
      Integer division = FeedLog.division(scope.region());
      if (division == null) {
        return List.of();
      }
      sql.append("FROM feed_entry f ")
          .append(JOIN)
          .append("WHERE ")
          .append(feed.concerns("f"))
          .append(" AND f.position > ? AND f.position <= ? ");
      args.add(division);
    } else {
      sql.append("FROM feed_entry f ")
          .append(JOIN)
          .append("WHERE f.position > ? AND f.position <= ? ");
    }
    args.add(after);
    args.add(upTo);
    if (scope.personKey() != null) {
      sql.append("AND f.person_key = ? ");
      args.add(scope.personKey());
    }
    sql.append("ORDER BY f.position LIMIT ?");
    args.add(limit);
    return jdbc.query(
        sql.toString(),
        (rs, n) ->
            new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getLong(6),
                recordedAt(rs.getBytes(7)),
                rs.getBytes(7)),
        args.toArray());
  }

  /**
   * The time the hub recorded an event, as its hash chain covers it: the stored bytes' own {@code
   * recordedAt}, not Axon's {@code time_stamp} column, which is stamped when the event message is
   * made, a little before, and which no hash covers. Null when the row is gone or its bytes no
   * longer say (an altered event: the export still shows it, and the verifier names it).
   */
  private static Instant recordedAt(byte[] payload) {
    if (payload == null) {
      return null;
    }
    try {
      return CanonicalJson.recordedAt(payload);
    } catch (IOException | DateTimeParseException unreadable) {
      return null;
    }
  }

  /**
   * A checkpoint range's events as the store holds them now: positions and leaves, in log order.
   */
  record Leaves(List<Long> positions, List<String> leaves) {

    int indexOf(long position) {
      return Collections.binarySearch(positions, position);
    }
  }

  Leaves leaves(long after, long upTo) {
    List<Long> positions = new ArrayList<>();
    List<String> leaves = new ArrayList<>();
    int read;
    do {
      int before = leaves.size();
      long from = positions.isEmpty() ? after : positions.get(positions.size() - 1);
      jdbc.query(
          "SELECT f.position, d.payload FROM feed_entry f "
              + "JOIN domain_event_entry d ON d.global_index = f.global_index "
              + "WHERE f.position > ? AND f.position <= ? ORDER BY f.position LIMIT 1000",
          rs -> {
            positions.add(rs.getLong(1));
            leaves.add(MerkleTree.leaf(rs.getBytes(2)));
          },
          from,
          upTo);
      read = leaves.size() - before;
    } while (read == 1000);
    return new Leaves(positions, leaves);
  }
}
