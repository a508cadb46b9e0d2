package org.tongchou.hub.platform.clock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads a PostgreSQL server's clock ({@code clock_timestamp()}, the time of the call, not of the
 * transaction's start) between two readings of {@code clock}. Other databases (the embedded H2,
 * which runs inside this JVM on this machine's clock) are not compared.
 */
public final class DatabaseClock {

  private final DataSource dataSource;
  private final Clock clock;

  public DatabaseClock(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** The skew of {@code clock} against the database's, or empty for a database not compared. */
  public Optional<ClockSkew> skew() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        return Optional.empty();
      }
      Instant sentAt = clock.instant();
      try (ResultSet rs =
          statement.executeQuery(
              "SELECT floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint")) {
        Instant answeredAt = clock.instant();
        rs.next();
        long micros = rs.getLong(1);
        Instant databaseTime =
            Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
        return Optional.of(ClockSkew.measure(sentAt, databaseTime, answeredAt));
      }
    }
  }
}
