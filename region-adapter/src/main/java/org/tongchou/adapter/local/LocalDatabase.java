package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.tongchou.adapter.config.AdapterConfig;

/**
 * Connections to the region's database, one per loop, each in manual-commit mode. Unless made
 * {@link #readOnly}, the first connection creates the adapter's tables if they are missing.
 *
 * <p>{@link #abort()} cuts every connection at once and refuses new ones. That is how the daemon
 * stops abruptly, and what a crash looks like to the database: whatever was not committed is gone.
 */
public final class LocalDatabase {

  private final AdapterConfig.LocalDb config;
  private final Set<Connection> open = new HashSet<>();
  private final Object schemaLock = new Object();
  private boolean aborted;
  private boolean schemaReady;

  /** Connects lazily, on the first {@link #connect()}. */
  public LocalDatabase(AdapterConfig.LocalDb config) {
    this.config = config;
  }

  /** A database whose tables are only read (for {@code status}): never creates anything. */
  public static LocalDatabase readOnly(AdapterConfig.LocalDb config) {
    LocalDatabase db = new LocalDatabase(config);
    db.schemaReady = true;
    return db;
  }

  /** A new connection, autocommit off; the tables exist when it returns. */
  public Connection connect() throws SQLException {
    refuseIfAborted();
    Properties properties = new Properties();
    properties.setProperty("ApplicationName", "tongchou-region-adapter");
    properties.setProperty("tcpKeepAlive", "true");
    if (!config.user().isEmpty()) {
      properties.setProperty("user", config.user());
    }
    if (!config.password().isEmpty()) {
      properties.setProperty("password", config.password());
    }
    Connection connection = DriverManager.getConnection(config.url(), properties);
    synchronized (this) {
      if (aborted) {
        connection.abort(Runnable::run);
        refuseIfAborted();
      }
      open.add(connection);
    }
    try {
      synchronized (schemaLock) {
        if (!schemaReady) {
          LocalSchema.create(connection, config.url());
          schemaReady = true;
        }
      }
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException | RuntimeException e) {
      release(connection);
      throw e;
    }
  }

  /** Closes a connection from {@link #connect()}; null and failures are ignored. */
  public void release(Connection connection) {
    if (connection == null) {
      return;
    }
    synchronized (this) {
      open.remove(connection);
    }
    try {
      connection.close();
    } catch (SQLException e) {
      // Closing a broken connection can fail; it is gone either way.
    }
  }

  /** Cuts every open connection without waiting, and refuses new ones. */
  public synchronized void abort() {
    aborted = true;
    for (Connection connection : open) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException e) {
        // Already closed.
      }
    }
    open.clear();
  }

  private synchronized void refuseIfAborted() throws SQLException {
    if (aborted) {
      throw new SQLException("the adapter is stopping: no new connection to the local database");
    }
  }
}
