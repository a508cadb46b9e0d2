package org.tongchou.hub.platform.config;

import java.security.SecureRandom;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;

/**
 * Axon's message identifiers (each stored event's {@code event_identifier}, each wake-up's
 * db-scheduler {@code task_instance}) as time-ordered UUIDs (version 7, RFC 9562): the first 48
 * bits are the Unix time in milliseconds, the remaining 74 random. Found by Axon through {@code
 * META-INF/services}.
 *
 * <p>Why (issue #15, "less written per fact"): both columns carry a unique B-tree index. With
 * Axon's default, random version-4 UUIDs, every insert lands on a random leaf page of an index that
 * grows with the whole history: at a province's hundred million events it no longer fits in memory,
 * and each insert then reads a page and, after each checkpoint, writes it whole to the WAL. Ids
 * that grow with time insert near the end, as a sequence does: the pages being written are a few,
 * whatever the size. (Measured at 21,000 events, BENCHMARKS.md 2026-12-07: the index is no smaller,
 * about 76 bytes a row either way, because four concurrent writers each insert at their own point
 * and split pages in the middle; the gain is where the inserts go, not their size.) They are still
 * UUIDs of the same form, unique without coordination between hub nodes; nothing reads meaning into
 * them, and identifiers already stored keep their bytes.
 */
public final class TimeOrderedIdentifiers extends IdentifierFactory {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Override
  public String generateIdentifier() {
    return next(System.currentTimeMillis(), RANDOM).toString();
  }

  /** A version-7 UUID for {@code millis}, its 74 other bits drawn from {@code random}. */
  static UUID next(long millis, java.util.Random random) {
    long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0fffL);
    long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
    return new UUID(high, low);
  }
}
