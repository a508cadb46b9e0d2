package org.tongchou.hub.testing;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.tongchou.hub.sealing.domain.DataKeys;
import org.tongchou.hub.sealing.domain.MasterKey;

/** Data keys held in memory, for tests without a database; {@link #shred} erases a person. */
public final class InMemoryDataKeys implements DataKeys {

  private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

  @Override
  public Optional<SecretKey> find(String personKey) {
    return Optional.ofNullable(keys.get(personKey));
  }

  @Override
  public SecretKey findOrCreate(String personKey, Instant now) {
    return keys.computeIfAbsent(personKey, k -> MasterKey.newDataKey());
  }

  public void shred(String personKey) {
    keys.remove(personKey);
  }
}
