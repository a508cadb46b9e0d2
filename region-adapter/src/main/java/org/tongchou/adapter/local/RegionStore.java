package org.tongchou.adapter.local;

import java.util.List;
import org.tongchou.adapter.hub.FeedEntry;

/**
 * The region's own store as the adapter's loops see it, whatever it is built on: an outbox the
 * region's system writes facts into, the outcome of each, an inbox the feed fills, the feed
 * checkpoint, and the figures {@code status} shows. PostgreSQL ({@link PostgresStore}) and
 * KurrentDB ({@link org.tongchou.adapter.local.kurrentdb.KurrentDbStore}) pass the same contract
 * suite.
 *
 * <p>What makes a crash harmless is part of the contract: a row keeps its first outcome only, and
 * an inbox item is stored together with the checkpoint that passes it, from the checkpoint the
 * writer last saw, so that a second writer is refused instead of storing anything twice.
 */
public interface RegionStore extends AutoCloseable {

  /** A session for one loop; each loop holds its own. */
  Session connect() throws StoreException;

  /** Cuts every session at once, as a crash would, and refuses new ones. */
  void abort();

  /** Releases what the store holds (the client of a server); sessions end with it. */
  @Override
  void close();

  /** Where the store is, for logs and status, without secrets. */
  String describe();

  /** What a person does to mark a refused row as dealt with, for {@code status}. */
  default String howToResolve() {
    return "set resolved_at once dealt with";
  }

  /** One loop's view of the store. Not thread-safe: one loop, one session. */
  interface Session extends AutoCloseable {

    /** Up to {@code limit} rows not yet answered, in the order the region wrote them. */
    List<OutboxRow> pending(int limit) throws StoreException;

    /** Counts a push starting for these rows, before it is sent (a store may not keep counts). */
    void countAttempt(List<Long> ids) throws StoreException;

    /**
     * Writes outcomes of rows still unanswered. A row already answered keeps its first outcome. A
     * store that keeps its outbox position as one number (KurrentDB) writes only the outcomes that
     * follow on from it without a gap; the rest stay pending and are pushed again, which the hub
     * answers as duplicates.
     *
     * @return the outcomes written
     */
    int record(List<RowOutcome> outcomes) throws StoreException;

    /** The feed position after which the feed resumes. */
    long feedCheckpoint() throws StoreException;

    /**
     * Stores {@code entry} (nothing but the checkpoint for a checkpoint entry) and moves the
     * checkpoint from {@code expected} to its position, as one write.
     *
     * @throws StoreException of kind {@link StoreException.Kind#CONFLICT} when the checkpoint is no
     *     longer at {@code expected}: nothing was stored
     */
    void store(FeedEntry entry, String itemJson, long expected) throws StoreException;

    /** The figures of {@code status}, listing at most {@code refusedShown} refused rows. */
    LocalStatus status(int refusedShown) throws StoreException;

    @Override
    void close();
  }
}
