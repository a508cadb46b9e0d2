package org.tongchou.hub.person.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/** Which person keys are linked into another person now, and into whom ({@code person_link}). */
@Repository
public class PersonLinks {

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;

  PersonLinks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
  }

  /** For each of {@code keys} that is linked now, its primary (one query for a whole batch). */
  public Map<String, String> primariesOf(Collection<String> keys) {
    Map<String, String> primaries = new HashMap<>();
    if (!keys.isEmpty()) {
      arrays.query(
          "SELECT alias_key, primary_key FROM person_link WHERE alias_key = ANY(?)",
          rs -> {
            primaries.put(rs.getString(1), rs.getString(2));
          },
          keys);
    }
    return primaries;
  }

  /** The key a person's facts are recorded under now: its primary's when linked, else its own. */
  public String recordedUnder(String key) {
    return primariesOf(List.of(key)).getOrDefault(key, key);
  }

  /** In the caller's transaction. */
  public void link(String alias, String primary, String linkId, Instant at) {
    jdbc.update(
        "INSERT INTO person_link (alias_key, primary_key, link_id, linked_at) VALUES (?, ?, ?, ?)",
        alias,
        primary,
        linkId,
        Timestamp.from(at));
  }

  /** In the caller's transaction. */
  public void unlink(String alias) {
    jdbc.update("DELETE FROM person_link WHERE alias_key = ?", alias);
  }
}
