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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
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
      "obligation_id, person_key, kind, subject, side, responsible, owed, opens_on, "
          + "due_on, policy_version, opened_by, period, status, evidence, settled_on, replaced_by, waived_by, "
          + "waiver_reason, last_position, dispute, disputed_by, dispute_reason, dispute_ruling";

  private final JdbcTemplate jdbc;
  private final ArrayQueries arrays;

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

  public Optional<ObligationRow> find(String obligationId) {
    return jdbc
        .query(
            "SELECT " + COLUMNS + " FROM obligation_view WHERE obligation_id = ?",
            (rs, n) -> row(rs),
            obligationId)
        .stream()
        .findFirst();
  }

  private static ObligationRow row(ResultSet rs) throws SQLException {
    return new ObligationRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        Side.valueOf(rs.getString(5).toUpperCase(Locale.ROOT)),
        rs.getString(6),
        rs.getString(7),
        date(rs, 8),
        date(rs, 9),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12),
        ObligationStatus.ofWord(rs.getString(13)),
        rs.getString(14),
        date(rs, 15),
        rs.getString(16),
        rs.getString(17),
        rs.getString(18),
        rs.getLong(19),
        rs.getString(20),
        rs.getString(21),
        rs.getString(22),
        rs.getString(23));
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }
}
