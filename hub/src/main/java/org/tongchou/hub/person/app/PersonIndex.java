package org.tongchou.hub.person.app;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.platform.jdbc.ArrayQueries;

/**
 * Where a person's key is found from an ID number (docs/ACCESS.md, "Erasure"). A person's key is
 * random, not derived from the number: the index holds a keyed digest of the number (HMAC-SHA-256
 * with the index secret) and the key. Erasing the person deletes the entry, so that nobody, not
 * even whoever holds the hub's secrets, can find the erased person's key from an ID number again: a
 * number pushed after the erasure is a new person.
 */
public class PersonIndex {

  private static final int KEY_BYTES = 20;

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;
  private final SecretKeySpec secret;
  private final SecureRandom random = new SecureRandom();
  private final ThreadLocal<Mac> macs;

  public PersonIndex(JdbcTemplate jdbc, byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the person-index secret must be at least 16 bytes");
    }
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
    this.secret = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  /** The persons the index knows among these numbers, by number. */
  public Map<String, String> find(Collection<IdNumber> numbers) {
    Map<String, String> byLookup =
        numbers.stream()
            .map(IdNumber::value)
            .distinct()
            .collect(Collectors.toMap(this::lookup, Function.identity()));
    Map<String, String> found = new HashMap<>();
    if (byLookup.isEmpty()) {
      return found;
    }
    arrays.query(
        "SELECT lookup, person_key FROM person_index WHERE lookup = ANY(?)",
        rs -> {
          found.put(byLookup.get(rs.getString(1)), rs.getString(2));
        },
        List.copyOf(byLookup.keySet()));
    return found;
  }

  /**
   * The person's key, or a key no person has when the index does not know the number: a reader then
   * finds nothing under it, as for anyone the hub never recorded.
   */
  public String keyOf(IdNumber number) {
    String found = find(List.of(number)).get(number.value());
    return found != null
        ? found
        : "p" + HexFormat.of().formatHex(mac("nobody:" + number.value()), 0, KEY_BYTES);
  }

  /**
   * Every number's key: the indexed one, or a new random key, which {@link #remember} records once
   * the person's first event is.
   */
  public Resolved resolve(Collection<IdNumber> numbers) {
    Map<String, String> keys = new LinkedHashMap<>(find(numbers));
    Map<String, String> fresh = new LinkedHashMap<>();
    for (IdNumber number : numbers) {
      keys.computeIfAbsent(
          number.value(),
          value -> {
            String key = newKey();
            fresh.put(value, key);
            return key;
          });
    }
    return new Resolved(keys, fresh);
  }

  /** Keys by number, and which of them are new. */
  public record Resolved(Map<String, String> keys, Map<String, String> fresh) {
    public String keyOf(IdNumber number) {
      return keys.get(number.value());
    }
  }

  /**
   * Records new persons' entries, in the caller's transaction. Two writers that made a key for the
   * same new number at once clash on the lookup's primary key: the loser's batch is retried, and
   * then finds the winner's key.
   */
  public void remember(Map<String, String> keysByNumber) {
    if (keysByNumber.isEmpty()) {
      return;
    }
    jdbc.batchUpdate(
        "INSERT INTO person_index (lookup, person_key) VALUES (?, ?)",
        keysByNumber.entrySet().stream()
            .map(e -> new Object[] {lookup(e.getKey()), e.getValue()})
            .toList());
  }

  /**
   * An opaque, stable reference to an ID number for one {@code purpose} (e.g. the quota of persons
   * new to a credential): an HMAC with the index secret, never the number, never the person key.
   */
  public String pseudonym(String purpose, String idNumber) {
    return HexFormat.of().formatHex(mac(purpose + ":" + idNumber));
  }

  /** Forgets every number that leads to the person: part of an erasure. */
  public void forget(String personKey) {
    jdbc.update("DELETE FROM person_index WHERE person_key = ?", personKey);
  }

  /** Whether the index holds an entry for this person (for the migration and tests). */
  public boolean knows(String personKey) {
    Integer n =
        jdbc.queryForObject(
            "SELECT COUNT(*) FROM person_index WHERE person_key = ?", Integer.class, personKey);
    return n != null && n > 0;
  }

  private String newKey() {
    byte[] bytes = new byte[KEY_BYTES];
    random.nextBytes(bytes);
    return "p" + HexFormat.of().formatHex(bytes);
  }

  private String lookup(String number) {
    return HexFormat.of().formatHex(mac("person-index:" + number));
  }

  private byte[] mac(String input) {
    return macs.get().doFinal(input.getBytes(StandardCharsets.UTF_8));
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
