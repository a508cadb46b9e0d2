package org.tongchou.hub.obligation.app;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.obligation.domain.Obligation;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationTally;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.policy.domain.Side;

/**
 * Reads {@code obligation_view}, always in obligation-id order — Java's order of strings, not the
 * database's: a database created with a language's collation (en_US, ICU) sorts {@code a-1-b}
 * before {@code a-1} and ignores case, which would let the drill-down's pages (whose token is
 * compared in Java) skip or repeat obligations, and the CSV bytes depend on where they were made.
 */
@Repository
public class ObligationViews {

  private static final String COLUMNS =
      "obligation_id, person_key, kind, side, responsible, owed, opens_on, "
          + "due_on, policy_version, opened_by, period, status, evidence, settled_on, replaced_by, waived_by, "
          + "waiver_reason, last_position, dispute, disputed_by, dispute_reason, dispute_ruling";

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;
  private volatile String byId;

  ObligationViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.arrays = new ArrayQueries(jdbc);
  }

  /** The obligations due in [from, to] that bind, or are owed to, one of {@code regions}. */
  public List<ObligationRow> dueIn(Collection<String> regions, LocalDate from, LocalDate to) {
    List<ObligationRow> rows = new ArrayList<>();
    arrays.query(
        "SELECT "
            + COLUMNS
            + " FROM obligation_view WHERE due_on >= ? AND due_on <= ? "
            + "AND (responsible = ANY(?) OR owed = ANY(?))",
        rs -> {
          rows.add(row(rs));
        },
        Date.valueOf(from),
        Date.valueOf(to),
        regions,
        regions);
    rows.sort(Comparator.comparing(ObligationRow::obligationId));
    return rows;
  }

  /**
   * The same obligations, only those in one of {@code statuses} or, with {@code disputed}, disputed
   * and not yet ruled on: a worklist's few among a period's many, without reading the others. The
   * tally first names the kinds that have such obligations (none: nothing to read), and the party
   * indexes, which hold the kind (V72), then find only those kinds' rows: a quarter's 1,900 overdue
   * duties in the bench history are read from 700 pages instead of 53,000 rows on 17,000.
   */
  public List<ObligationRow> dueIn(
      Collection<String> regions,
      LocalDate from,
      LocalDate to,
      Collection<ObligationStatus> statuses,
      boolean disputed) {
    List<String> kinds =
        tallyDueIn(regions, from, to).stream()
            .filter(t -> statuses.contains(t.status()) || (disputed && t.openDispute()))
            .map(ObligationTally::kind)
            .distinct()
            .toList();
    List<ObligationRow> rows = new ArrayList<>();
    if (kinds.isEmpty()) {
      return rows;
    }
    arrays.query(
        "SELECT "
            + COLUMNS
            + " FROM obligation_view WHERE due_on >= ? AND due_on <= ? "
            + "AND (responsible = ANY(?) OR owed = ANY(?)) AND kind = ANY(?) "
            + "AND (status = ANY(?) OR (? AND dispute = ?))",
        rs -> {
          rows.add(row(rs));
        },
        Date.valueOf(from),
        Date.valueOf(to),
        regions,
        regions,
        kinds,
        statuses.stream().map(ObligationStatus::word).toList(),
        disputed,
        Obligation.Dispute.DISPUTED.word());
    rows.sort(Comparator.comparing(ObligationRow::obligationId));
    return rows;
  }

  /**
   * One page of the obligations due in [from, to] of {@code kind} on {@code side} whose {@code
   * party} ({@code owed}, or else {@code responsible}) is one of {@code regions}: the first {@code
   * limit} whose id comes after {@code after} ("" for the first page), in Java's order of ids.
   * Paged by key in SQL, so that listing a long line page by page reads each row about once instead
   * of the whole line for every page.
   */
  public List<ObligationRow> dueInAfter(
      Collection<String> regions,
      LocalDate from,
      LocalDate to,
      String kind,
      Side side,
      boolean owed,
      String after,
      int limit) {
    String id = byId();
    List<ObligationRow> rows = new ArrayList<>();
    arrays.query(
        "SELECT "
            + COLUMNS
            + " FROM obligation_view WHERE due_on >= ? AND due_on <= ? AND kind = ? AND side = ? "
            + "AND "
            + (owed ? "owed" : "responsible")
            + " = ANY(?) AND "
            + id
            + " > ? ORDER BY "
            + id
            + " LIMIT ?",
        rs -> {
          rows.add(row(rs));
        },
        Date.valueOf(from),
        Date.valueOf(to),
        kind,
        side.word(),
        regions,
        after,
        limit);
    return rows;
  }

  /**
   * The obligation id as SQL must compare it to agree with Java's {@link String#compareTo}. On
   * PostgreSQL, {@code COLLATE "C"}: byte order of UTF-8, which is code point order, whatever the
   * database's collation (en-US would put {@code a-1-b} before {@code a-1}). It differs from Java's
   * UTF-16 order only between characters above U+FFFF and those from U+E000 to U+FFFF, which
   * obligation ids (kinds, region codes and person keys) never hold. H2 compares strings as Java
   * does, and knows no {@code COLLATE} in an expression.
   */
  private String byId() {
    String known = byId;
    if (known == null) {
      known =
          jdbc.execute(
              (ConnectionCallback<String>)
                  connection ->
                      "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                          ? "obligation_id COLLATE \"C\""
                          : "obligation_id");
      byId = known;
    }
    return known;
  }

  /**
   * The obligations {@link #dueIn(Collection, LocalDate, LocalDate)} reads, counted in groups of
   * what a scorecard's indicators and a worklist's counts look at (kind, side, the two parties,
   * status, policy version, open dispute): a few dozen groups for a period's tens of thousands of
   * rows. Summed from {@code obligation_tally}, the counts per due day that the projection keeps
   * beside the rows (V71), so that the rows themselves are not read.
   */
  public List<ObligationTally> tallyDueIn(
      Collection<String> regions, LocalDate from, LocalDate to) {
    List<ObligationTally> tallies = new ArrayList<>();
    arrays.query(
        "SELECT kind, side, responsible, owed, status, policy_version, disputed, "
            + "SUM(obligations) FROM obligation_tally "
            + "WHERE due_on >= ? AND due_on <= ? AND (responsible = ANY(?) OR owed = ANY(?)) "
            + "GROUP BY kind, side, responsible, owed, status, policy_version, disputed",
        rs -> {
          tallies.add(
              new ObligationTally(
                  rs.getString(1),
                  Side.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)),
                  rs.getString(3),
                  rs.getString(4),
                  ObligationStatus.ofWord(rs.getString(5)),
                  rs.getString(6),
                  rs.getBoolean(7),
                  rs.getLong(8)));
        },
        Date.valueOf(from),
        Date.valueOf(to),
        regions,
        regions);
    return tallies;
  }

  public Optional<ObligationRow> find(String obligationId) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM obligation_view WHERE obligation_id = ?",
            (rs, n) -> row(rs),
            obligationId)
        .stream()
        .findFirst();
  }

  /** A row; its subject is not stored, being the id without its "#number" (V70). */
  private static ObligationRow row(ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    return new ObligationRow(
        id,
        rs.getString(2),
        rs.getString(3),
        Obligation.subjectOf(id),
        Side.valueOf(rs.getString(4).toUpperCase(Locale.ROOT)),
        rs.getString(5),
        rs.getString(6),
        date(rs, 7),
        date(rs, 8),
        rs.getString(9),
        rs.getString(10),
        rs.getString(11),
        ObligationStatus.ofWord(rs.getString(12)),
        rs.getString(13),
        date(rs, 14),
        rs.getString(15),
        rs.getString(16),
        rs.getString(17),
        rs.getLong(18),
        rs.getString(19),
        rs.getString(20),
        rs.getString(21),
        rs.getString(22));
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
