package org.tongchou.hub.sealing.domain;

import java.time.Instant;
import java.util.Optional;
import javax.crypto.SecretKey;

/** Where the persons' data keys are kept (the database, or memory in tests). */
public interface DataKeys {

  /** The person's key, or empty: none was ever needed, or the person was erased. */
  Optional<SecretKey> find(String personKey);

  /** The person's key, created now if they have none yet. */
  SecretKey findOrCreate(String personKey, Instant now);
}
