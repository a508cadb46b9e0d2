package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.Set;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.HashChained;

/**
 * An event of a person's stream. Each carries its place in the stream and the hash chain: {@code
 * hash} is the SHA-256 of the event's canonical encoding (see {@link EventHashes}), which includes
 * {@code previousHash}.
 *
 * <p>Facts and residence conflicts live here; obligations ({@code obligation.domain}) are events of
 * the same stream, so that a fact and the duties it opens are recorded in one transaction and one
 * chain.
 */
public interface PersonEvent extends HashChained {

  String personKey();

  /** 1-based position in the person's stream. */
  long personSequence();

  Instant recordedAt();

  String previousHash();

  String hash();

  /** The same event carrying {@code hash} (null: unsealed, as it is hashed). */
  @Override
  PersonEvent withHash(String hash);

  /**
   * The divisions this event is addressed to, when it is addressed (an obligation goes to the two
   * regions it binds); empty when the feed routes it by the person's concerns instead.
   */
  default Set<String> addressees() {
    return Set.of();
  }
}
