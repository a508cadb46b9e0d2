package org.tongchou.hub.person.app;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.region.domain.RegionDirectory;

/** Reads {@code conflict_view}, oldest first. */
@Repository
public class ConflictViews {

  /** A conflict as the read model holds it. */
  public record Row(
      String conflictId,
      String personKey,
      String existingRegion,
      LocalDate existingFrom,
      LocalDate existingUntil,
      String claimedRegion,
      LocalDate claimedFrom,
      LocalDate overlapFrom,
      String provisionalRegion,
      String status,
      String residenceRegion,
      LocalDate recordedOn,
      long position) {}

  private final ArrayQueries arrays;
  private final RegionDirectory regions;

  ConflictViews(JdbcTemplate jdbc, RegionDirectory regions) {
    this.arrays = new ArrayQueries(jdbc);
    this.regions = regions;
  }

  /** Conflicts with either claim within {@code region}; {@code status} null for all. */
  public List<Row> involving(String region, String status) {
    List<Row> rows = new ArrayList<>();
    var codes = regions.subtree(region);
    String sql =
        "SELECT conflict_id, person_key, existing_region, existing_from, existing_until, claimed_region, "
            + "claimed_from, overlap_from, provisional_region, status, residence_region, recorded_on, last_position "
            + "FROM conflict_view WHERE (existing_region = ANY(?) OR claimed_region = ANY(?)) "
            + (status == null ? "" : "AND status = ? ")
            + "ORDER BY last_position, conflict_id";
    Object[] parameters =
        status == null ? new Object[] {codes, codes} : new Object[] {codes, codes, status};
    arrays.query(
        sql,
        rs -> {
          rows.add(
              new Row(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  date(rs.getDate(4)),
                  date(rs.getDate(5)),
                  rs.getString(6),
                  date(rs.getDate(7)),
                  date(rs.getDate(8)),
                  rs.getString(9),
                  rs.getString(10),
                  rs.getString(11),
                  date(rs.getDate(12)),
                  rs.getLong(13)));
        },
        parameters);
    return rows;
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
