package org.tongchou.hub.replay.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.stereotype.Component;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.replay.domain.RelevantChanges;

/**
 * Reads the event table ({@code domain_event_entry}) with plain streaming JDBC, not through Axon's
 * event store: one forward-only cursor with a large fetch size, rows handed in chunks to two
 * threads that deserialize them with the hub's own Jackson setup ({@link EventPayloads}), and the
 * chunks delivered back in log order to the caller's thread. Axon's API would load every event into
 * a message with metadata and upcasters, one by one (stock replay ran at 1/137 of a raw read).
 */
@Component
public class EventLog {

  /** Rows per database round trip. */
  static final int FETCH = 2_000;

  /**
   * Rows per chunk handed to a deserializing thread, and chunks in flight at most: enough to keep
   * both threads busy, few enough that parsed chunks waiting their turn do not outlive a young
   * collection (copying them was most of a replay's garbage-collection time).
   */
  static final int CHUNK = 500;

  static final int IN_FLIGHT = 4;

  /**
   * The order a replay reads in: the log's, or person by person (each person's events in order).
   */
  public enum Order {
    LOG("global_index"),
    BY_PERSON("aggregate_identifier, sequence_number");

    final String sql;

    Order(String sql) {
      this.sql = sql;
    }
  }

  private static final String OBLIGATIONS = ObligationsChanged.class.getName();

  private final DataSource dataSource;

  EventLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Delivers every event with a global position up to {@code upTo}, in {@code order}, to {@code
   * sink}; {@code wanted} names the payload types to deserialize in full, {@code changeMatters}
   * (null for all) the changes of an obligation event worth deserializing.
   *
   * @return how many rows were read
   */
  public long read(
      long upTo,
      Order order,
      Predicate<String> wanted,
      boolean needsTime,
      Predicate<JsonNode> changeMatters,
      Consumer<LoggedEvent> sink) {
    return read(upTo, order, new EventPayloads(wanted, needsTime, changeMatters), null, sink);
  }

  /**
   * Delivers every event up to {@code upTo}, in the log's order, to {@code sink}, with only the
   * obligation events deserialized, and of those only the changes {@code relevant} lets through:
   * picked out of the stored JSON as it streams by ({@link ObligationEventSifter}). The other
   * events come without their payload, which is not even fetched unless {@code needsTime} (their
   * {@code recordedAt} is then read).
   *
   * @return how many rows were read
   */
  public long readObligations(
      long upTo, boolean needsTime, RelevantChanges relevant, Consumer<LoggedEvent> sink) {
    return read(
        upTo,
        Order.LOG,
        EventPayloads.sifting(OBLIGATIONS::equals, needsTime, relevant),
        needsTime ? null : OBLIGATIONS,
        sink);
  }

  /**
   * With {@code onlyPayloadsOf}, the payloads of the other types are not fetched (they come as
   * null).
   */
  private long read(
      long upTo,
      Order order,
      EventPayloads payloads,
      String onlyPayloadsOf,
      Consumer<LoggedEvent> sink) {
    ExecutorService parsers =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "replay-parse");
              t.setDaemon(true);
              return t;
            });
    ArrayDeque<CompletableFuture<List<LoggedEvent>>> inFlight = new ArrayDeque<>();
    long rows = 0;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      // PostgreSQL streams a cursor only inside a transaction; otherwise it loads the whole result.
      connection.setAutoCommit(false);
      String payload =
          onlyPayloadsOf == null ? "payload" : "CASE WHEN payload_type = ? THEN payload END";
      try (PreparedStatement statement =
          connection.prepareStatement(
              "SELECT global_index, aggregate_identifier, "
                  + "payload_type, "
                  + payload
                  + " FROM domain_event_entry WHERE global_index <= ? "
                  + "ORDER BY "
                  + order.sql,
              ResultSet.TYPE_FORWARD_ONLY,
              ResultSet.CONCUR_READ_ONLY)) {
        statement.setFetchSize(FETCH);
        binaryTransfer(statement);
        int parameter = 1;
        if (onlyPayloadsOf != null) {
          statement.setString(parameter++, onlyPayloadsOf);
        }
        statement.setLong(parameter, upTo);
        try (ResultSet rs = statement.executeQuery()) {
          List<EventPayloads.Row> chunk = new ArrayList<>(CHUNK);
          while (rs.next()) {
            chunk.add(
                new EventPayloads.Row(
                    rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)));
            rows++;
            if (chunk.size() == CHUNK) {
              submit(chunk, payloads, parsers, inFlight, sink);
              chunk = new ArrayList<>(CHUNK);
            }
          }
          submit(chunk, payloads, parsers, inFlight, sink);
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
      while (!inFlight.isEmpty()) {
        inFlight.removeFirst().join().forEach(sink);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the event log failed (SQL state " + e.getSQLState() + ")", e);
    } finally {
      parsers.shutdownNow();
    }
    return rows;
  }

  private static void submit(
      List<EventPayloads.Row> chunk,
      EventPayloads payloads,
      ExecutorService parsers,
      ArrayDeque<CompletableFuture<List<LoggedEvent>>> inFlight,
      Consumer<LoggedEvent> sink) {
    if (chunk.isEmpty()) {
      return;
    }
    inFlight.addLast(CompletableFuture.supplyAsync(() -> payloads.parse(chunk), parsers));
    // Deliver finished chunks in order; wait for the oldest only when too many are in flight.
    while (!inFlight.isEmpty() && (inFlight.size() >= IN_FLIGHT || inFlight.peekFirst().isDone())) {
      inFlight.removeFirst().join().forEach(sink);
    }
  }

  /**
   * PostgreSQL sends a {@code bytea} as hex text unless the statement is server-prepared, and the
   * driver prepares one only on its fifth execution: decoding that text was the largest single cost
   * of a replay. A threshold of -1 prepares at once, so payloads arrive as bytes.
   */
  private static void binaryTransfer(PreparedStatement statement) throws SQLException {
    if (statement.isWrapperFor(PGStatement.class)) {
      statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
    }
  }

  /**
   * The raw read a replay is measured against: the same rows and columns, bytes touched, nothing
   * parsed; with {@code binary}, payloads as bytes (as the replay reads them), else as the driver
   * sends them by default (hex text, decoded by the driver).
   */
  public long rawRead(long upTo, boolean binary) {
    long rows = 0;
    long bytes = 0;
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (PreparedStatement statement =
          connection.prepareStatement(
              "SELECT global_index, aggregate_identifier, "
                  + "payload_type, payload FROM domain_event_entry WHERE global_index <= ? ORDER BY global_index",
              ResultSet.TYPE_FORWARD_ONLY,
              ResultSet.CONCUR_READ_ONLY)) {
        statement.setFetchSize(FETCH);
        if (binary) {
          binaryTransfer(statement);
        }
        statement.setLong(1, upTo);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            rows += rs.getLong(1) > 0 ? 1 : 0;
            bytes += rs.getString(2).length() + rs.getString(3).length() + rs.getBytes(4).length;
          }
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the event log failed (SQL state " + e.getSQLState() + ")", e);
    }
    return bytes < 0 ? -rows : rows;
  }

  /** When the hub recorded the last event at or before {@code position}; null for none. */
  public Instant recordedAt(long position) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT payload FROM domain_event_entry "
                    + "WHERE global_index = (SELECT MAX(global_index) FROM domain_event_entry WHERE global_index <= ?)")) {
      statement.setLong(1, position);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next() ? EventPayloads.recordedAt(rs.getBytes(1)) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the event log failed (SQL state " + e.getSQLState() + ")", e);
    } catch (IOException e) {
      throw new IllegalStateException("the event at position " + position + " does not read", e);
    }
  }

  /** The log's last global position (0 when empty). */
  public long head() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT COALESCE(MAX(global_index), 0) FROM domain_event_entry");
        ResultSet rs = statement.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "reading the event log failed (SQL state " + e.getSQLState() + ")", e);
    }
  }
}
