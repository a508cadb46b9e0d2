package org.tongchou.hub.platform.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Batch look-ups as {@code column = ANY(?)} with one array parameter, on PostgreSQL and H2 alike. A
 * long {@code IN (?, ?, ...)} list gets a new statement per size and, once PostgreSQL switches to a
 * generic plan, can fall back to a sequential scan; an array keeps one plan that uses the index.
 */
public final class ArrayQueries {

  private final JdbcTemplate jdbc;

  public ArrayQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Runs {@code sql}; each {@code ?} takes the next parameter, collections as VARCHAR or BIGINT
   * arrays.
   */
  public void query(String sql, RowCallbackHandler rows, Object... parameters) {
    jdbc.query(connection -> prepare(connection, sql, parameters), rows);
  }

  /** Runs the update {@code sql}, with parameters as {@link #query}'s; answers the rows changed. */
  public int update(String sql, Object... parameters) {
    return jdbc.update(connection -> prepare(connection, sql, parameters));
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object parameter = parameters[i];
      if (parameter instanceof Collection<?> values) {
        statement.setArray(i + 1, array(connection, values));
      } else {
        statement.setObject(i + 1, parameter);
      }
    }
    return statement;
  }

  private static Array array(Connection connection, Collection<?> values) throws SQLException {
    boolean numbers = !values.isEmpty() && values.iterator().next() instanceof Long;
    return connection.createArrayOf(numbers ? "BIGINT" : "VARCHAR", values.toArray());
  }
}
