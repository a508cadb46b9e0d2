package org.tongchou.hub.log.app;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The feed's storage. Why a reader can never skip: the event table's global index is handed out
 * when a row is inserted, not when it commits, so index 11 can become visible before index 10
 * (Axon's gap problem). Feed positions instead are taken by updating one row as the very last step
 * of the writing transaction; its lock is held until commit, so a transaction that takes positions
 * after another also commits after it. Every position up to {@link #head()} is therefore committed,
 * and positions only ever appear in increasing order.
 */
@Repository
public class FeedLog {

  /**
   * An event to append: where it is in the event table, whom it concerns, and whether an import
   * recorded it (a region's history being onboarded, which subscribers may leave out).
   */
  public record NewEntry(
      long globalIndex, String personKey, Set<String> concerns, boolean imported) {

    /** A live entry. */
    public NewEntry(long globalIndex, String personKey, Set<String> concerns) {
      this(globalIndex, personKey, concerns, false);
    }
  }

  /** An entry as read back, with its event's stored form. */
  public record StoredEntry(
      long position,
      long globalIndex,
      String eventId,
      String payloadType,
      byte[] payload,
      boolean imported) {}

  private final JdbcTemplate jdbc;
  private final RegionDirectory regions;
  private final FeedSignal signal;
  private final boolean postgres;

  FeedLog(
      JdbcTemplate jdbc,
      RegionDirectory regions,
      FeedSignal signal,
      @Value("${spring.datasource.url}") String url) {
    this.jdbc = jdbc;
    this.regions = regions;
    this.signal = signal;
    this.postgres = url.startsWith("jdbc:postgresql:");
  }

  /**
   * Appends in the caller's transaction, which must commit right after (it holds the sequence).
   * Each entry is one row that carries the divisions it concerns, each with its ancestors, as an
   * array (indexed by GIN on PostgreSQL), instead of a route row per division and ancestor. Returns
   * the entries' log positions, in their order.
   */
  public List<Long> append(List<NewEntry> entries) {
    if (entries.isEmpty()) {
      return List.of();
    }
    jdbc.update(
        "UPDATE feed_sequence SET last_position = last_position + ? WHERE id = 1", entries.size());
    long last =
        jdbc.queryForObject("SELECT last_position FROM feed_sequence WHERE id = 1", Long.class);
    long position = last - entries.size();
    List<Object[]> rows = new ArrayList<>();
    List<Long> positions = new ArrayList<>(entries.size());
    for (NewEntry entry : entries) {
      position++;
      positions.add(position);
      Set<Integer> divisions = new TreeSet<>();
      entry
          .concerns()
          .forEach(code -> regions.selfAndAncestors(code).forEach(c -> divisions.add(division(c))));
      rows.add(
          new Object[] {
            position,
            entry.globalIndex(),
            entry.personKey(),
            divisions.toArray(Integer[]::new),
            entry.imported()
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO feed_entry (position, global_index, person_key, divisions, imported)"
            + " VALUES (?, ?, ?, ?, ?)",
        new BatchPreparedStatementSetter() {
          @Override
          public void setValues(PreparedStatement ps, int i) throws SQLException {
            Object[] row = rows.get(i);
            ps.setLong(1, (Long) row[0]);
            ps.setLong(2, (Long) row[1]);
            ps.setString(3, (String) row[2]);
            ps.setArray(4, ps.getConnection().createArrayOf("INTEGER", (Integer[]) row[3]));
            ps.setBoolean(5, (Boolean) row[4]);
          }

          @Override
          public int getBatchSize() {
            return rows.size();
          }
        });
    announceOnCommit();
    return positions;
  }

  /**
   * Takes the next position for an item that is not an event (a signed checkpoint, which every feed
   * delivers), in the caller's transaction, which must commit right after.
   */
  public long takePosition() {
    jdbc.update("UPDATE feed_sequence SET last_position = last_position + 1 WHERE id = 1");
    long position =
        jdbc.queryForObject("SELECT last_position FROM feed_sequence WHERE id = 1", Long.class);
    announceOnCommit();
    return position;
  }

  private void announceOnCommit() {
    if (postgres) {
      // Delivered to every listening hub node when, and only if, this transaction commits.
      jdbc.execute("NOTIFY tongchou_feed");
    }
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              signal.advanced();
            }
          });
    }
  }

  /** The last committed position: every position up to it is committed and readable. */
  public long head() {
    return jdbc.queryForObject("SELECT last_position FROM feed_sequence WHERE id = 1", Long.class);
  }

  /**
   * The divisions the entries in (after, upTo] concern, or empty when some position in it is not an
   * entry (a signed checkpoint, which every feed delivers) or the range is longer than {@code max}
   * (then every feed should look). One query for all open feeds: a feed whose division is not among
   * them has nothing to read in that range.
   */
  public Optional<Set<Integer>> divisionsBetween(long after, long upTo, int max) {
    if (upTo - after > max) {
      return Optional.empty();
    }
    Set<Integer> divisions = new HashSet<>();
    long[] rows = {0};
    jdbc.query(
        "SELECT divisions FROM feed_entry WHERE position > ? AND position <= ?",
        rs -> {
          rows[0]++;
          Object[] array = (Object[]) rs.getArray(1).getArray();
          for (Object division : array) {
            divisions.add(((Number) division).intValue());
          }
        },
        after,
        upTo);
    return rows[0] == upTo - after ? Optional.of(divisions) : Optional.empty();
  }

  /**
   * Entries concerning {@code jurisdiction} in (after, upTo], oldest first, at most {@code limit};
   * every entry when {@code jurisdiction} is null (an auditor's feed).
   */
  public List<StoredEntry> read(String jurisdiction, long after, long upTo, int limit) {
    return read(jurisdiction, after, upTo, limit, true);
  }

  /**
   * As {@link #read(String, long, long, int)}; without the entries of imports unless {@code
   * withImported}.
   */
  public List<StoredEntry> read(
      String jurisdiction, long after, long upTo, int limit, boolean withImported) {
    String imports = withImported ? "" : "NOT e.imported AND ";
    if (jurisdiction == null) {
      return jdbc.query(
          "SELECT e.position, d.global_index, d.event_identifier, d.payload_type, d.payload,"
              + " e.imported "
              + "FROM feed_entry e LEFT JOIN domain_event_entry d ON d.global_index = e.global_index "
              + "WHERE "
              + imports
              + "e.position > ? AND e.position <= ? ORDER BY e.position LIMIT ?",
          (rs, n) -> entry(rs),
          after,
          upTo,
          limit);
    }
    Integer division = division(jurisdiction);
    if (division == null) {
      return List.of();
    }
    // LEFT JOIN: an entry whose event row went missing must fail loudly (see below), not shorten
    // the page, which would read as "caught up" and move the cursor past it.
    return jdbc.query(
        "SELECT e.position, d.global_index, d.event_identifier, d.payload_type, d.payload,"
            + " e.imported "
            + "FROM feed_entry e LEFT JOIN domain_event_entry d ON d.global_index = e.global_index "
            + "WHERE "
            + imports
            + concerns("e")
            + " AND e.position > ? AND e.position <= ? ORDER BY e.position LIMIT ?",
        (rs, n) -> entry(rs),
        division,
        after,
        upTo,
        limit);
  }

  /**
   * The condition "entry {@code alias} concerns the division bound as its one parameter" (the
   * division as {@link #division}): one definition for every reader of the feed. On PostgreSQL it
   * is array containment, which the GIN index on the divisions serves.
   */
  public String concerns(String alias) {
    return postgres
        ? alias + ".divisions @> ARRAY[CAST(? AS INTEGER)]"
        : "ARRAY_CONTAINS(" + alias + ".divisions, CAST(? AS INTEGER))";
  }

  /**
   * A division code as the feed stores it (six digits as a number, half the bytes of the text);
   * null for anything else, which no entry concerns.
   */
  public static Integer division(String code) {
    if (code == null || code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Integer.valueOf(code);
  }

  private static StoredEntry entry(ResultSet rs) throws SQLException {
    if (rs.getString(3) == null) {
      throw new IllegalStateException(
          "feed position " + rs.getLong(1) + " has no event: the store was altered");
    }
    return new StoredEntry(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getBytes(5),
        rs.getBoolean(6));
  }
}
