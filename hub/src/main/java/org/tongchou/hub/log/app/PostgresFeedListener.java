package org.tongchou.hub.log.app;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * LISTEN tongchou_feed on PostgreSQL: every hub node sharing the database learns of every commit to
 * the feed within milliseconds, not at the next poll. On H2 (one node) it stays idle: the
 * committing thread signals directly.
 */
@Component
class PostgresFeedListener implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PostgresFeedListener.class);
  private static final int WAIT_MS = 1_000;

  private final DataSource dataSource;
  private final FeedSignal signal;
  private final boolean postgres;
  private volatile Thread thread;

  PostgresFeedListener(
      DataSource dataSource, FeedSignal signal, @Value("${spring.datasource.url}") String url) {
    this.dataSource = dataSource;
    this.signal = signal;
    this.postgres = url.startsWith("jdbc:postgresql:");
  }

  @Override
  public void start() {
    if (!postgres) {
      return;
    }
    thread = new Thread(this::listen, "feed-listener");
    thread.setDaemon(true);
    thread.start();
  }

  private void listen() {
    while (thread != null) {
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("LISTEN tongchou_feed");
        PGConnection pg = connection.unwrap(PGConnection.class);
        // Whatever was committed while we were not listening is found by the next read anyway.
        signal.advanced();
        while (thread != null) {
          PGNotification[] notifications = pg.getNotifications(WAIT_MS);
          if (notifications != null && notifications.length > 0) {
            signal.advanced();
          }
        }
      } catch (SQLException e) {
        if (thread != null) {
          LOG.warn("feed listener lost its connection; reconnecting in 1 s: {}", e.getMessage());
          sleepQuietly();
        }
      }
    }
  }

  private static void sleepQuietly() {
    try {
      Thread.sleep(1_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void stop() {
    Thread running = thread;
    thread = null;
    if (running != null) {
      running.interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return thread != null;
  }
}
