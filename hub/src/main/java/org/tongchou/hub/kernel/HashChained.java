package org.tongchou.hub.kernel;

/**
 * A link of a hash chain: a record that carries its own hash, computed over its canonical form with
 * the hash left out (see {@link EventHashes}). Every kind of person event is one.
 */
public interface HashChained {

  /** Its hash; null while unsealed. */
  String hash();

  /** The same record carrying {@code hash} (null: unsealed, as it is hashed). */
  HashChained withHash(String hash);
}
