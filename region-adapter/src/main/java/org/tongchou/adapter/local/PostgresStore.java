package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.hub.FeedEntry;

/**
 * The region's PostgreSQL as a {@link RegionStore}: the adapter's tables, one connection a loop.
 */
public final class PostgresStore implements RegionStore {

  private final AdapterConfig.LocalDb config;
  private final LocalDatabase db;

  private PostgresStore(AdapterConfig.LocalDb config, LocalDatabase db) {
    this.config = config;
    this.db = db;
  }

  /** Creates the adapter's tables on first connect if missing. */
  public static PostgresStore of(AdapterConfig.LocalDb config) {
    return new PostgresStore(config, new LocalDatabase(config));
  }

  /** Never creates anything (for {@code status}). */
  public static PostgresStore readOnly(AdapterConfig.LocalDb config) {
    return new PostgresStore(config, LocalDatabase.readOnly(config));
  }

  @Override
  public Session connect() throws StoreException {
    try {
      return new PgSession(db.connect());
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void abort() {
    db.abort();
  }

  @Override
  public void close() {
    // Each session closes its own connection.
  }

  @Override
  public String describe() {
    return "local database " + config.redactedUrl();
  }

  static StoreException failure(SQLException e) {
    if ("42P01".equals(e.getSQLState())) { // undefined_table
      return new StoreException(
          StoreException.Kind.MISCONFIGURED,
          e.getMessage()
              + "; the adapter's tables are missing: `region-adapter init-db` creates them",
          e);
    }
    if ("42501".equals(e.getSQLState())) { // insufficient_privilege
      return new StoreException(StoreException.Kind.DENIED, e.getMessage(), e);
    }
    return new StoreException(StoreException.Kind.UNAVAILABLE, e.getMessage(), e);
  }

  private final class PgSession implements Session {
    private final Connection c;

    PgSession(Connection c) {
      this.c = c;
    }

    @Override
    public List<OutboxRow> pending(int limit) throws StoreException {
      try {
        return OutboxTable.pending(c, limit);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public void countAttempt(List<Long> ids) throws StoreException {
      try {
        OutboxTable.countAttempt(c, ids);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public int record(List<RowOutcome> outcomes) throws StoreException {
      try {
        return OutboxTable.record(c, outcomes);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public long feedCheckpoint() throws StoreException {
      try {
        return InboxTable.checkpoint(c);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public void store(FeedEntry entry, String itemJson, long expected) throws StoreException {
      try {
        InboxTable.store(c, entry, itemJson, expected);
      } catch (InboxTable.CheckpointMoved e) {
        throw new StoreException(StoreException.Kind.CONFLICT, e.getMessage(), e);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public LocalStatus status(int refusedShown) throws StoreException {
      try {
        return StatusQuery.read(c, refusedShown);
      } catch (SQLException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      db.release(c);
    }
  }
}
