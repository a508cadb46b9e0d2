package org.tongchou.hub.accesslog.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.accesslog.domain.AccessEntry;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/**
 * Reads access-log entries back in sequence order, a page at a time, as stored (nothing
 * re-derived).
 */
@Repository
public class AccessLogReader {

  /** Entries per query. */
  public static final int PAGE = 1_000;

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;

  AccessLogReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
  }

  /**
   * Hands each matching entry to {@code sink}, oldest first, until it returns false or none is
   * left.
   */
  public void read(AccessLogQuery query, Predicate<AccessEntry> sink) {
    long after = query.afterSequence();
    while (true) {
      List<AccessEntry> page = page(query, after);
      for (AccessEntry entry : page) {
        if (!sink.test(entry)) {
          return;
        }
      }
      if (page.size() < PAGE) {
        return;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  /**
   * The next matching entries after sequence {@code after}, oldest first; fewer than {@link #PAGE}
   * at the end.
   */
  public List<AccessEntry> page(AccessLogQuery query, long after) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT sequence, read_at, reader, role, jurisdiction, action, purpose, "
                + "outcome, previous_hash, hash FROM access_log_entry e WHERE sequence > ? AND sequence <= ?");
    List<Object> args = new ArrayList<>(List.of(after, query.upToSequence()));
    if (query.from() != null) {
      sql.append(" AND read_at >= ?");
      args.add(Timestamp.from(query.from()));
    }
    if (query.to() != null) {
      sql.append(" AND read_at < ?");
      args.add(Timestamp.from(query.to()));
    }
    if (query.reader() != null) {
      sql.append(" AND reader = ?");
      args.add(query.reader());
    }
    if (query.action() != null) {
      sql.append(" AND action = ?");
      args.add(query.action());
    }
    if (query.deliveriesOnly()) {
      sql.append(" AND outcome = ?");
      args.add(AccessEntry.DELIVERED);
    }
    if (query.jurisdictions() != null) {
      sql.append(" AND jurisdiction = ANY(?)");
      args.add(query.jurisdictions());
    }
    if (query.subject() != null) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM access_log_subject s WHERE s.sequence = e.sequence AND s.subject = ?)");
      args.add(query.subject());
    }
    sql.append(" ORDER BY sequence LIMIT ").append(PAGE);
    List<Object[]> rows = new ArrayList<>();
    arrays.query(
        sql.toString(),
        rs -> {
          rows.add(
              new Object[] {
                rs.getLong(1),
                rs.getTimestamp(2).toInstant(),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10)
              });
        },
        args.toArray());
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> subjects = subjects(rows.stream().map(r -> (Long) r[0]).toList());
    return rows.stream()
        .map(
            r ->
                new AccessEntry(
                    (Long) r[0],
                    (Instant) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    subjects.getOrDefault((Long) r[0], List.of()),
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9]))
        .toList();
  }

  /** The subjects of a page's entries, in each entry's order (one query for the page). */
  private Map<Long, List<String>> subjects(List<Long> sequences) {
    Map<Long, List<String>> subjects = new HashMap<>();
    arrays.query(
        "SELECT sequence, subject FROM access_log_subject WHERE sequence = ANY(?) ORDER BY sequence, ordinal",
        rs -> {
          subjects.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        },
        sequences);
    return subjects;
  }
}
