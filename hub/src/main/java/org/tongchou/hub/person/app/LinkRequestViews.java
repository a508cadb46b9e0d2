package org.tongchou.hub.person.app;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code link_request_view}, oldest request first. */
@Repository
public class LinkRequestViews {

  public static final String PENDING = "pending";
  public static final String LINKED = "linked";
  public static final String DECLINED = "declined";
  public static final String SPLIT = "split";

  /** The statuses a list may ask for. */
  public static final Set<String> STATUSES = Set.of(PENDING, LINKED, DECLINED, SPLIT);

  /**
   * A link request as the read model holds it.
   *
   * @param parties the owners of the two persons: who must confirm
   * @param approvedBy the owners (or offices) that approved while it waits
   */
  public record Row(
      String linkId,
      String aliasKey,
      String primaryKey,
      String requestedBy,
      List<String> parties,
      List<String> approvedBy,
      String status,
      Instant requestedAt,
      Instant decidedAt,
      String decidedBy,
      long position) {

    /** The requester and the confirming parties: who is a party to the request. */
    public List<String> everyParty() {
      List<String> all = new ArrayList<>(parties);
      all.add(requestedBy);
      return all;
    }
  }

  private final JdbcTemplate jdbc;

  LinkRequestViews(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Every request, {@code status} null for all. The caller filters by party: the table is small (a
   * link request is a rare correction), and the party rule is the access policy's, not SQL's.
   */
  public List<Row> all(String status) {
    String sql =
        "SELECT link_id, alias_key, primary_key, requested_by, parties, approved_by, status, "
            + "requested_at, decided_at, decided_by, last_position FROM link_request_view "
            + (status == null ? "" : "WHERE status = ? ")
            + "ORDER BY requested_at, link_id";
    List<Row> rows = new ArrayList<>();
    org.springframework.jdbc.core.RowCallbackHandler each =
        rs ->
            rows.add(
                new Row(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    codes(rs.getString(5)),
                    codes(rs.getString(6)),
                    rs.getString(7),
                    instant(rs.getTimestamp(8)),
                    instant(rs.getTimestamp(9)),
                    rs.getString(10),
                    rs.getLong(11)));
    if (status == null) {
      jdbc.query(sql, each);
    } else {
      jdbc.query(sql, each, status);
    }
    return rows;
  }

  /** The codes of a comma-separated column; empty for an empty one. */
  public static List<String> codes(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
