package org.tongchou.hub.access.app;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/**
 * The daily quota of persons new to a credential ({@code
 * tongchou.access.quota.new-persons-per-day}, default 20,000; 0 switches it off). A person is new
 * to a credential the first time the credential names them, accepted or refused: probing is trying
 * numbers, and each try counts. Days are Asia/Shanghai days, like business dates.
 */
@Component
public class NewPersonQuota {

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;
  private final int perDay;

  NewPersonQuota(
      JdbcTemplate jdbc, @Value("${tongchou.access.quota.new-persons-per-day:20000}") int perDay) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
    this.perDay = perDay;
  }

  /** What the quota says of one batch. */
  public record Admission(boolean admitted, int fresh, long usedToday, int limit, Duration retry) {}

  /**
   * Admits a batch naming {@code persons} (opaque references) at {@code now}'s day and counts its
   * new persons, or refuses it whole if they would exceed the quota (then nothing is counted).
   */
  public Admission admit(String credential, Collection<String> persons, java.time.Instant now) {
    LocalDate today = BusinessDates.dateOf(now);
    Duration untilTomorrow = Duration.between(now, BusinessDates.startOf(today.plusDays(1)));
    if (perDay <= 0 || persons.isEmpty()) {
      return new Admission(true, 0, 0, perDay, untilTomorrow);
    }
    Set<String> fresh = new LinkedHashSet<>(persons);
    Set<String> known = new HashSet<>();
    arrays.query(
        "SELECT person_ref FROM credential_person WHERE credential = ? AND person_ref = ANY(?)",
        rs -> {
          known.add(rs.getString(1));
        },
        credential,
        List.copyOf(fresh));
    fresh.removeAll(known);
    Long used =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM credential_person WHERE credential = ? AND first_day = ?",
            Long.class,
            credential,
            java.sql.Date.valueOf(today));
    long usedToday = used == null ? 0 : used;
    if (usedToday + fresh.size() > perDay) {
      return new Admission(false, fresh.size(), usedToday, perDay, untilTomorrow);
    }
    for (String person : fresh) {
      try {
        jdbc.update(
            "INSERT INTO credential_person (credential, person_ref, first_day) VALUES (?, ?, ?)",
            credential,
            person,
            java.sql.Date.valueOf(today));
      } catch (DuplicateKeyException raced) {
        // Another batch of the same credential counted this person a moment ago.
      }
    }
    return new Admission(true, fresh.size(), usedToday + fresh.size(), perDay, untilTomorrow);
  }
}
