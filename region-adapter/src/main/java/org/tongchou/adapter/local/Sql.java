package org.tongchou.adapter.local;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** JDBC odds and ends shared by the tables. */
final class Sql {

  private Sql() {}

  /** An instant as a {@code TIMESTAMPTZ} parameter, independent of the JVM's time zone. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  /** A {@code TIMESTAMPTZ} column value, which may be null. */
  static Optional<Instant> instant(OffsetDateTime value) {
    return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
  }

  /**
   * Rolls back after a failure. On a broken connection the rollback fails too; the failure that got
   * us here is the one worth reporting, and the server discards the transaction anyway.
   */
  static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // see above
    }
  }
}
