package org.tongchou.hub.person.app;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/**
 * The one place that holds raw ID numbers and names, keyed by person key, so that later work can
 * encrypt it and erase a person without touching the event store.
 */
@Repository
public class IdentityStore {

    /** What the hub knows of a person's identity. */
    public record Identity(String personKey, String idNumber, String name, String sex, java.time.LocalDate bornOn,
                           String registrationRegion) {
    }

    /** A person met for the first time. {@code name} and the region may be null for a child. */
    public record FirstSighting(String personKey, IdNumber idNumber, String name, String registrationRegion) {
    }

    private final JdbcTemplate jdbc;
    private final ArrayQueries arrays;

    IdentityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.arrays = new ArrayQueries(jdbc);
    }

    /** Inserts the persons not yet known, in the caller's transaction. */
    public void rememberNew(List<FirstSighting> sightings, Instant recordedAt) {
        if (sightings.isEmpty()) {
            return;
        }
        Set<String> known = known(sightings.stream().map(FirstSighting::personKey).toList());
        Set<String> inserted = new HashSet<>(known);
        List<Object[]> rows = sightings.stream()
                .filter(s -> inserted.add(s.personKey()))
                .map(s -> new Object[] {s.personKey(), s.idNumber().value(), s.name(), s.idNumber().sex().name(),
                        Date.valueOf(s.idNumber().birthDate()), s.registrationRegion(), Timestamp.from(recordedAt)})
                .toList();
        jdbc.batchUpdate("INSERT INTO person_identity (person_key, id_number, name, sex, born_on, "
                + "registration_region, first_recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
        // A child first met in a birth record had no name; the first fact about the child as a person has one.
        List<Object[]> named = sightings.stream().filter(s -> known.contains(s.personKey()) && s.name() != null)
                .map(s -> new Object[] {s.name(), s.registrationRegion(), s.personKey()}).toList();
        if (!named.isEmpty()) {
            jdbc.batchUpdate("UPDATE person_identity SET name = ?, registration_region = ? "
                    + "WHERE person_key = ? AND name IS NULL", named);
        }
    }

    private Set<String> known(Collection<String> keys) {
        Set<String> known = new HashSet<>();
        arrays.query("SELECT person_key FROM person_identity WHERE person_key = ANY(?)",
                rs -> {
                    known.add(rs.getString(1));
                }, keys);
        return known;
    }

    public Optional<Identity> find(String personKey) {
        return jdbc.query("SELECT person_key, id_number, name, sex, born_on, registration_region FROM person_identity "
                        + "WHERE person_key = ?",
                (rs, n) -> new Identity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getDate(5).toLocalDate(), rs.getString(6)), personKey).stream().findFirst();
    }
}
