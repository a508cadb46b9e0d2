package org.tongchou.hub.person.app;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.SecretKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.sealing.app.PersonDataKeys;
import org.tongchou.hub.sealing.domain.SealedText;

/**
 * The one place that holds ID numbers and names, keyed by person key, each sealed with the person's
 * data key ({@link PersonDataKeys}): erasing a person shreds that key, and with it everything here
 * that could name them. Sex, birth date and registration region stay readable: the person's first
 * event holds them too, for the rules and the statistics (docs/PRIVACY.md).
 */
@Repository
public class IdentityStore {

  /**
   * What the hub knows of a person's identity. {@code idNumber} and {@code name} are null once the
   * person is erased ({@code erasedAt}).
   */
  public record Identity(
      String personKey,
      String idNumber,
      String name,
      String sex,
      LocalDate bornOn,
      String registrationRegion,
      Instant erasedAt) {}

  /** A person met for the first time. {@code name} and the region may be null for a child. */
  public record FirstSighting(
      String personKey, IdNumber idNumber, String name, String registrationRegion) {}

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;
  private final PersonDataKeys keys;

  IdentityStore(JdbcTemplate jdbc, PersonDataKeys keys) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
    this.keys = keys;
  }

  /**
   * Inserts the persons not yet known, sealed, in the caller's transaction. An erased person stays
   * erased.
   */
  public void rememberNew(List<FirstSighting> sightings, Instant recordedAt) {
    if (sightings.isEmpty()) {
      return;
    }
    Map<String, Boolean> known = known(sightings.stream().map(FirstSighting::personKey).toList());
    Set<String> inserted = new HashSet<>(known.keySet());
    List<FirstSighting> fresh =
        sightings.stream().filter(s -> inserted.add(s.personKey())).toList();
    // A child first met in a birth record had no name; the first fact about the child as a person
    // has one.
    List<FirstSighting> named =
        sightings.stream()
            .filter(s -> Boolean.FALSE.equals(known.get(s.personKey())) && s.name() != null)
            .toList();
    Map<String, SecretKey> sealing =
        keys.findOrCreate(
            Stream.concat(fresh.stream(), named.stream()).map(FirstSighting::personKey).toList(),
            recordedAt);
    jdbc.batchUpdate(
        "INSERT INTO person_identity (person_key, id_number_sealed, name_sealed, sex, born_on, "
            + "registration_region, first_recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        fresh.stream()
            .map(
                s ->
                    new Object[] {
                      s.personKey(),
                      seal(sealing, s.personKey(), s.idNumber().value()),
                      seal(sealing, s.personKey(), s.name()),
                      s.idNumber().sex().name(),
                      Date.valueOf(s.idNumber().birthDate()),
                      s.registrationRegion(),
                      Timestamp.from(recordedAt)
                    })
            .toList());
    if (!named.isEmpty()) {
      jdbc.batchUpdate(
          "UPDATE person_identity SET name_sealed = ?, registration_region = ? "
              + "WHERE person_key = ? AND name_sealed IS NULL AND name IS NULL AND erased_at IS NULL",
          named.stream()
              .map(
                  s ->
                      new Object[] {
                        seal(sealing, s.personKey(), s.name()),
                        s.registrationRegion(),
                        s.personKey()
                      })
              .toList());
    }
  }

  /**
   * Replaces the names the hub holds with the ones the persons' owners gave (docs/ACCESS.md, "The
   * owner"), sealed, in the caller's transaction; an erased person stays erased.
   */
  public void rename(List<FirstSighting> named, Instant at) {
    if (named.isEmpty()) {
      return;
    }
    Map<String, SecretKey> sealing =
        keys.findOrCreate(named.stream().map(FirstSighting::personKey).toList(), at);
    jdbc.batchUpdate(
        "UPDATE person_identity SET name_sealed = ?, name = NULL "
            + "WHERE person_key = ? AND erased_at IS NULL",
        named.stream()
            .map(s -> new Object[] {seal(sealing, s.personKey(), s.name()), s.personKey()})
            .toList());
  }

  private static String seal(Map<String, SecretKey> keys, String personKey, String text) {
    return text == null ? null : SealedText.seal(keys.get(personKey), personKey, text);
  }

  /** The known persons among {@code personKeys}, each with whether they were erased. */
  private Map<String, Boolean> known(Collection<String> personKeys) {
    Map<String, Boolean> known = new HashMap<>();
    arrays.query(
        "SELECT person_key, erased_at FROM person_identity WHERE person_key = ANY(?)",
        rs -> {
          known.put(rs.getString(1), rs.getTimestamp(2) != null);
        },
        personKeys);
    return known;
  }

  public Optional<Identity> find(String personKey) {
    return jdbc
        .query(
            "SELECT person_key, id_number, name, sex, born_on, registration_region, id_number_sealed, "
                + "name_sealed, erased_at FROM person_identity WHERE person_key = ?",
            (rs, n) -> {
              Timestamp erased = rs.getTimestamp(9);
              return new Identity(
                  rs.getString(1),
                  open(personKey, rs.getString(7), rs.getString(2)),
                  open(personKey, rs.getString(8), rs.getString(3)),
                  rs.getString(4),
                  rs.getDate(5).toLocalDate(),
                  rs.getString(6),
                  erased == null ? null : erased.toInstant());
            },
            personKey)
        .stream()
        .findFirst();
  }

  /** A sealed value opened; a row not yet sealed at startup still has its plaintext. */
  private String open(String personKey, String sealed, String plaintext) {
    if (sealed == null) {
      return plaintext;
    }
    return keys.find(personKey).map(key -> SealedText.open(key, personKey, sealed)).orElse(null);
  }

  /**
   * Erases what names the person: the sealed ID number and name go, the row stays as the mark that
   * the person was erased (so that a later fact cannot bring the identity back).
   */
  public void erase(String personKey, Instant at) {
    jdbc.update(
        "UPDATE person_identity SET id_number = NULL, name = NULL, id_number_sealed = NULL, "
            + "name_sealed = NULL, erased_at = ? WHERE person_key = ?",
        Timestamp.from(at),
        personKey);
  }

  /**
   * Up to {@code limit} persons not erased whose ID number the person index does not hold yet
   * (persons recorded before keys were random), each with their opened ID number.
   */
  public List<String[]> unindexed(int limit) {
    return jdbc
        .query(
            "SELECT i.person_key, i.id_number_sealed, i.id_number FROM person_identity i "
                + "WHERE i.erased_at IS NULL AND NOT EXISTS "
                + "(SELECT 1 FROM person_index x WHERE x.person_key = i.person_key) "
                + "ORDER BY i.person_key LIMIT "
                + limit,
            (rs, n) ->
                new String[] {
                  rs.getString(1), open(rs.getString(1), rs.getString(2), rs.getString(3))
                })
        .stream()
        .filter(row -> row[1] != null)
        .toList();
  }

  /**
   * Seals up to {@code limit} rows still holding a plaintext ID number (rows from before sealing),
   * each in the caller's transaction; returns how many. Idempotent: a sealed row has no plaintext
   * left.
   */
  public int sealPlaintext(int limit, Instant now) {
    List<String[]> rows =
        jdbc.query(
            "SELECT person_key, id_number, name FROM person_identity "
                + "WHERE id_number IS NOT NULL ORDER BY person_key LIMIT "
                + limit,
            (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    if (rows.isEmpty()) {
      return 0;
    }
    Map<String, SecretKey> sealing = keys.findOrCreate(rows.stream().map(r -> r[0]).toList(), now);
    jdbc.batchUpdate(
        "UPDATE person_identity SET id_number_sealed = ?, name_sealed = ?, id_number = NULL, "
            + "name = NULL WHERE person_key = ? AND id_number IS NOT NULL",
        rows.stream()
            .map(r -> new Object[] {seal(sealing, r[0], r[1]), seal(sealing, r[0], r[2]), r[0]})
            .toList());
    return rows.size();
  }
}
