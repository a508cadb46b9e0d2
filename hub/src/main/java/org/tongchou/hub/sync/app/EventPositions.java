package org.tongchou.hub.sync.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Finds where just-appended events landed in the global log. Runs inside the appending
 * transaction, after Axon wrote the rows and before they commit.
 */
@Repository
class EventPositions {

    /** An event's identity in the store. */
    record Position(String eventId, long globalIndex) {
    }

    /** A person's event by its 1-based person sequence (Axon's sequence number plus one). */
    record PersonEventRef(String personKey, long personSequence) {
    }

    private final JdbcTemplate jdbc;

    EventPositions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<PersonEventRef, Position> of(List<PersonEventRef> refs) {
        Map<PersonEventRef, Position> positions = new HashMap<>();
        if (refs.isEmpty()) {
            return positions;
        }
        String pairs = String.join(",", java.util.Collections.nCopies(refs.size(), "(?, ?)"));
        Object[] args = refs.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.personKey(), r.personSequence() - 1)).toArray();
        jdbc.query("SELECT aggregate_identifier, sequence_number, event_identifier, global_index "
                        + "FROM domain_event_entry WHERE (aggregate_identifier, sequence_number) IN (" + pairs + ")",
                rs -> {
                    positions.put(new PersonEventRef(rs.getString(1), rs.getLong(2) + 1),
                            new Position(rs.getString(3), rs.getLong(4)));
                }, args);
        return positions;
    }

    /** Which of these persons already have events (one query for a whole batch). */
    java.util.Set<String> existingPersons(java.util.Collection<String> personKeys) {
        if (personKeys.isEmpty()) {
            return java.util.Set.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(personKeys.size(), "?"));
        return new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT aggregate_identifier FROM domain_event_entry "
                + "WHERE aggregate_identifier IN (" + marks + ")", String.class, personKeys.toArray()));
    }
}
