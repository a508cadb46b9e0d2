package org.tongchou.hub.log.app;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
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

  /** An event to append: where it is in the event table and whom it concerns. */
  public record NewEntry(long globalIndex, String personKey, Set<String> concerns) {}

  /** An entry as read back, with its event's stored form. */
  public record StoredEntry(
      long position, long globalIndex, String eventId, String payloadType, byte[] payload) {}

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

  /** Appends in the caller's transaction, which must commit right after (it holds the sequence). */
  public void append(List<NewEntry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    jdbc.update(
        "UPDATE feed_sequence SET last_position = last_position + ? WHERE id = 1", entries.size());
    long last =
        jdbc.queryForObject("SELECT last_position FROM feed_sequence WHERE id = 1", Long.class);
    long position = last - entries.size();
    List<Object[]> rows = new ArrayList<>();
    List<Object[]> routes = new ArrayList<>();
    for (NewEntry entry : entries) {
      position++;
      rows.add(new Object[] {position, entry.globalIndex(), entry.personKey()});
      Set<String> codes = new LinkedHashSet<>();
      entry.concerns().forEach(code -> codes.addAll(regions.selfAndAncestors(code)));
      for (String code : codes) {
        routes.add(new Object[] {code, position});
      }
    }
    jdbc.batchUpdate(
        "INSERT INTO feed_entry (position, global_index, person_key) VALUES (?, ?, ?)", rows);
    jdbc.batchUpdate("INSERT INTO feed_route (region, position) VALUES (?, ?)", routes);
    announceOnCommit();
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
   * Entries concerning {@code jurisdiction} in (after, upTo], oldest first, at most {@code limit};
   * every entry when {@code jurisdiction} is null (an auditor's feed).
   */
  public List<StoredEntry> read(String jurisdiction, long after, long upTo, int limit) {
    if (jurisdiction == null) {
      return jdbc.query(
          "SELECT e.position, d.global_index, d.event_identifier, d.payload_type, d.payload "
              + "FROM feed_entry e LEFT JOIN domain_event_entry d ON d.global_index = e.global_index "
              + "WHERE e.position > ? AND e.position <= ? ORDER BY e.position LIMIT ?",
          (rs, n) -> entry(rs),
          after,
          upTo,
          limit);
    }
    // LEFT JOINs: an entry whose event row went missing must fail loudly (see below), not shorten
    // the page, which would read as "caught up" and move the cursor past it.
    return jdbc.query(
        "SELECT r.position, d.global_index, d.event_identifier, d.payload_type, d.payload "
            + "FROM feed_route r LEFT JOIN feed_entry e ON e.position = r.position "
            + "LEFT JOIN domain_event_entry d ON d.global_index = e.global_index "
            + "WHERE r.region = ? AND r.position > ? AND r.position <= ? ORDER BY r.position LIMIT ?",
        (rs, n) -> entry(rs),
        jurisdiction,
        after,
        upTo,
        limit);
  }

  private static StoredEntry entry(ResultSet rs) throws SQLException {
    if (rs.getString(3) == null) {
      throw new IllegalStateException(
          "feed position " + rs.getLong(1) + " has no event: the store was altered");
    }
    return new StoredEntry(
        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5));
  }
}
