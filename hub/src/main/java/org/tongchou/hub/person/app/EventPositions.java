package org.tongchou.hub.person.app;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/**
 * Finds where just-appended events landed in the global log. Runs inside the appending transaction,
 * after Axon wrote the rows and before they commit.
 */
@Repository
public class EventPositions {

  /** An event's identity in the store. */
  public record Position(String eventId, long globalIndex) {}

  /** A person's event by its 1-based person sequence (Axon's sequence number plus one). */
  public record PersonEventRef(String personKey, long personSequence) {
    public static PersonEventRef of(PersonEvent event) {
      return new PersonEventRef(event.personKey(), event.personSequence());
    }
  }

  private final ArrayQueries arrays;

  EventPositions(JdbcTemplate jdbc) {
    this.arrays = new ArrayQueries(jdbc);
  }

  public Map<PersonEventRef, Position> of(List<PersonEventRef> refs) {
    Map<PersonEventRef, Position> positions = new HashMap<>();
    if (refs.isEmpty()) {
      return positions;
    }
    Set<PersonEventRef> wanted = new HashSet<>(refs);
    Set<String> persons = new HashSet<>();
    Set<Long> sequences = new HashSet<>();
    refs.forEach(
        r -> {
          persons.add(r.personKey());
          sequences.add(r.personSequence() - 1);
        });
    // Both columns of the unique index as arrays; the few cross pairs that also match are dropped
    // here.
    arrays.query(
        "SELECT aggregate_identifier, sequence_number, event_identifier, global_index "
            + "FROM domain_event_entry WHERE aggregate_identifier = ANY(?) AND sequence_number = ANY(?)",
        rs -> {
          PersonEventRef ref = new PersonEventRef(rs.getString(1), rs.getLong(2) + 1);
          if (wanted.contains(ref)) {
            positions.put(ref, new Position(rs.getString(3), rs.getLong(4)));
          }
        },
        persons,
        sequences);
    return positions;
  }

  /** Which of these persons already have events (one query for a whole batch). */
  public Set<String> existingPersons(Collection<String> personKeys) {
    if (personKeys.isEmpty()) {
      return Set.of();
    }
    Set<String> existing = new HashSet<>();
    // Every stream starts at sequence 0, so one index probe per person answers "has events".
    arrays.query(
        "SELECT aggregate_identifier FROM domain_event_entry "
            + "WHERE aggregate_identifier = ANY(?) AND sequence_number = 0",
        rs -> {
          existing.add(rs.getString(1));
        },
        personKeys);
    return existing;
  }
}
