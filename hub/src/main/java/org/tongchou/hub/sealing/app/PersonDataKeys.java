package org.tongchou.hub.sealing.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.crypto.SecretKey;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
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
 *
 * <p>Within a unit of work, keys are read and written by the batch, not one person at a time: a
 * batch names its persons once ({@link #prefetch}), which reads their keys in one query and notes
 * who has none, and the keys created during the unit of work are inserted in one JDBC batch when
 * its root prepares to commit (issue #15: a look-up, a second look-up and an insert per new person
 * were a tenth of the hub's CPU per fact). The rows are the same; only their statements are fewer.
 */
@Repository
public class PersonDataKeys implements DataKeys {

  private static final String CACHE = PersonDataKeys.class.getName() + ".keys";

  /** Root unit-of-work resource: persons read and found to have no key in the store. */
  private static final String ABSENT = PersonDataKeys.class.getName() + ".absent";

  /** Root unit-of-work resource: rows of the keys created in it, inserted when it commits. */
  private static final String PENDING = PersonDataKeys.class.getName() + ".pending";

  private static final String INSERT =
      "INSERT INTO person_data_key (person_key, wrapped_key, master_key_id, created_at) "
          + "VALUES (?, ?, ?, ?)";

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;
  private final MasterKey master;

  PersonDataKeys(JdbcTemplate jdbc, MasterKey master) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
    this.master = master;
  }

  /**
   * Reads the keys of {@code personKeys} in one query for the current unit of work, and notes which
   * of them have none, so that neither a later {@link #find} nor a {@link #findOrCreate} in it asks
   * the store again. Outside a unit of work there is nothing to remember them in: it does nothing.
   */
  public void prefetch(Collection<String> personKeys) {
    if (CurrentUnitOfWork.isStarted()) {
      read(personKeys);
    }
  }

  @Override
  public Optional<SecretKey> find(String personKey) {
    SecretKey cached = cache().get(personKey);
    if (cached != null) {
      return Optional.of(cached);
    }
    if (absent().contains(personKey)) {
      return Optional.empty();
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
    Map<String, SecretKey> cache = read(personKeys);
    Map<String, SecretKey> keys = new HashMap<>();
    Map<String, Object[]> fresh = new LinkedHashMap<>();
    for (String personKey : personKeys) {
      SecretKey key = cache.get(personKey);
      if (key == null) {
        key = MasterKey.newDataKey();
        cache.put(personKey, key);
        absent().remove(personKey);
        fresh.put(
            personKey,
            new Object[] {
              personKey, master.wrap(personKey, key), master.id(), Timestamp.from(now)
            });
      }
      keys.put(personKey, key);
    }
    insert(fresh);
    return keys;
  }

  @Override
  public SecretKey findOrCreate(String personKey, Instant now) {
    return find(personKey).orElseGet(() -> findOrCreate(List.of(personKey), now).get(personKey));
  }

  /** Shreds the person's key: everything sealed with it stays sealed for good. */
  public void delete(String personKey) {
    cache().remove(personKey);
    Map<String, Object[]> pending = pending();
    if (pending != null) {
      pending.remove(personKey);
    }
    jdbc.update("DELETE FROM person_data_key WHERE person_key = ?", personKey);
  }

  /**
   * The unit of work's keys after reading, in one query, those of {@code personKeys} it knows
   * nothing of yet; the ones without a key are noted as absent.
   */
  private Map<String, SecretKey> read(Collection<String> personKeys) {
    Map<String, SecretKey> cache = cache();
    Set<String> absent = absent();
    Set<String> unknown = new LinkedHashSet<>();
    for (String personKey : personKeys) {
      if (!cache.containsKey(personKey) && !absent.contains(personKey)) {
        unknown.add(personKey);
      }
    }
    if (!unknown.isEmpty()) {
      arrays.query(
          "SELECT person_key, wrapped_key, master_key_id FROM person_data_key "
              + "WHERE person_key = ANY(?)",
          rs -> {
            cache.put(rs.getString(1), unwrap(rs.getString(1), rs.getString(2), rs.getString(3)));
          },
          unknown);
      unknown.removeAll(cache.keySet());
      absent.addAll(unknown);
    }
    return cache;
  }

  /**
   * Inserts the new keys' rows: in a unit of work when its root prepares to commit, all of its new
   * keys in one JDBC batch (a handler added while the root prepares still runs in that phase);
   * outside one, or once the root is past that phase, at once.
   */
  private void insert(Map<String, Object[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    if (!CurrentUnitOfWork.isStarted()
        || CurrentUnitOfWork.get().root().phase().isAfter(UnitOfWork.Phase.PREPARE_COMMIT)) {
      jdbc.batchUpdate(INSERT, List.copyOf(rows.values()));
      return;
    }
    UnitOfWork<?> root = CurrentUnitOfWork.get().root();
    Map<String, Object[]> pending = root.getResource(PENDING);
    if (pending == null) {
      Map<String, Object[]> later = new LinkedHashMap<>(rows);
      root.resources().put(PENDING, later);
      root.onPrepareCommit(
          u -> {
            u.resources().remove(PENDING);
            if (!later.isEmpty()) {
              jdbc.batchUpdate(INSERT, List.copyOf(later.values()));
            }
          });
    } else {
      pending.putAll(rows);
    }
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

  /** The persons read in the current unit of work and found without a key (none outside one). */
  private Set<String> absent() {
    if (!CurrentUnitOfWork.isStarted()) {
      return new HashSet<>();
    }
    return CurrentUnitOfWork.get().root().getOrComputeResource(ABSENT, k -> new HashSet<>());
  }

  /** The rows of keys created in the current unit of work and not inserted yet, if any. */
  private Map<String, Object[]> pending() {
    return CurrentUnitOfWork.isStarted()
        ? CurrentUnitOfWork.get().root().getResource(PENDING)
        : null;
  }
}
