package org.tongchou.adapter.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * The adapter's tables in the region's database ({@code schema.sql} beside this class, the one
 * definition the README quotes). Creating them is idempotent.
 */
public final class LocalSchema {

  // Any fixed number: two adapters starting at once must not both create the same table.
  private static final long CREATE_LOCK = 0x746f6e6763686f75L;

  private LocalSchema() {}

  /** The DDL, as in {@code schema.sql}. */
  public static String ddl() {
    try (InputStream in = LocalSchema.class.getResourceAsStream("schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("schema.sql is missing from the adapter's jar", e);
    }
  }

  /**
   * Creates what is missing, in one transaction. When the URL names a schema ({@code
   * currentSchema}) that does not exist yet, creates it first.
   */
  public static void create(Connection connection, String url) throws SQLException {
    connection.setAutoCommit(false);
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + CREATE_LOCK + ")");
      if (currentSchema(statement) == null) {
        statement.execute("CREATE SCHEMA IF NOT EXISTS " + quoted(schemaOf(url)));
      }
      for (String sql : statements()) {
        statement.execute(sql);
      }
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      Sql.rollbackQuietly(connection);
      throw e;
    }
  }

  /** The statements of the DDL, without comments. */
  static List<String> statements() {
    String withoutComments = ddl().replaceAll("--[^\n]*", "");
    return Arrays.stream(withoutComments.split(";"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String currentSchema(Statement statement) throws SQLException {
    try (ResultSet rs = statement.executeQuery("SELECT current_schema()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static String schemaOf(String url) throws SQLException {
    Properties parsed = Driver.parseURL(url, new Properties());
    String schemas = parsed == null ? null : parsed.getProperty("currentSchema");
    if (schemas == null || schemas.isBlank()) {
      throw new SQLException(
          "no schema to create the tables in: the search path names none that exists,"
              + " and the URL has no currentSchema");
    }
    return schemas.split(",")[0].strip();
  }

  private static String quoted(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
