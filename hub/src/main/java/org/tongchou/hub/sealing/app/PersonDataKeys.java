package org.tongchou.hub.sealing.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.sealing.domain.DataKeys;
import org.tongchou.hub.sealing.domain.MasterKey;

/**
 * The persons' data keys, wrapped by the master key (table person_data_key). A key is created with
 * the first personal data of its person, in the transaction that stores that data, so a rolled-back
 * batch leaves no key behind. Two writers creating the same person's key at once collide on the
 * primary key, and the batch is retried as for any other race. Keys read in a unit of work are
 * remembered in it, never longer: an erasure on another node must not be outlived by a cached key.
 */
@Repository
public class PersonDataKeys implements DataKeys {

  private static final String CACHE = PersonDataKeys.class.getName() + ".keys";

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;
  private final MasterKey master;

  PersonDataKeys(JdbcTemplate jdbc, MasterKey master) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
    this.master = master;
  }

  @Override
  public Optional<SecretKey> find(String personKey) {
    SecretKey cached = cache().get(personKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    Optional<SecretKey> found =
        jdbc
            .query(
                "SELECT wrapped_key, master_key_id FROM person_data_key " + "WHERE person_key = ?",
                (rs, n) -> unwrap(personKey, rs.getString(1), rs.getString(2)),
                personKey)
            .stream()
            .findFirst();
    found.ifPresent(key -> cache().put(personKey, key));
    return found;
  }

  /** The persons' keys, creating those missing, in the caller's transaction. */
  public Map<String, SecretKey> findOrCreate(Collection<String> personKeys, Instant now) {
    Map<String, SecretKey> keys = new HashMap<>();
    arrays.query(
        "SELECT person_key, wrapped_key, master_key_id FROM person_data_key WHERE person_key = ANY(?)",
        rs -> {
          keys.put(rs.getString(1), unwrap(rs.getString(1), rs.getString(2), rs.getString(3)));
        },
        personKeys);
    List<Object[]> fresh = new ArrayList<>();
    for (String personKey : new LinkedHashSet<>(personKeys)) {
      if (!keys.containsKey(personKey)) {
        SecretKey key = MasterKey.newDataKey();
        keys.put(personKey, key);
        fresh.add(
            new Object[] {
              personKey, master.wrap(personKey, key), master.id(), Timestamp.from(now)
            });
      }
    }
    if (!fresh.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO person_data_key (person_key, wrapped_key, master_key_id, created_at) "
              + "VALUES (?, ?, ?, ?)",
          fresh);
    }
    cache().putAll(keys);
    return keys;
  }

  @Override
  public SecretKey findOrCreate(String personKey, Instant now) {
    return find(personKey).orElseGet(() -> findOrCreate(List.of(personKey), now).get(personKey));
  }

  /** Shreds the person's key: everything sealed with it stays sealed for good. */
  public void delete(String personKey) {
    cache().remove(personKey);
    jdbc.update("DELETE FROM person_data_key WHERE person_key = ?", personKey);
  }

  private SecretKey unwrap(String personKey, String wrapped, String masterKeyId) {
    if (!master.id().equals(masterKeyId)) {
      throw new IllegalStateException(
          "the data key of "
              + personKey
              + " was wrapped by master key "
              + masterKeyId
              + ", but this hub runs with master key "
              + master.id()
              + ": start it with the master key its database was set up with (tongchou.person-data.master-key)");
    }
    return master.unwrap(personKey, wrapped);
  }

  /** The keys read in the current unit of work (a throwaway map outside one). */
  private Map<String, SecretKey> cache() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new HashMap<>();
    }
    return CurrentUnitOfWork.get().root().getOrComputeResource(CACHE, k -> new HashMap<>());
  }
}
