package org.tongchou.hub.statistics.app;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.platform.jdbc.ArrayQueries;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.statistics.domain.PersonFigures;
import org.tongchou.hub.statistics.domain.StatisticsFigures;
import org.tongchou.hub.statistics.domain.StatisticsQuestion;
import org.tongchou.hub.statistics.domain.StatisticsTally;

/**
 * Statistics for the provincial information platform, from the read models: migrant stock on a day,
 * the origin × destination matrix of arrivals in a period, births to migrants by sex, and coverage.
 * The SQL only pre-selects rows (so that the indexes do the work); what counts, and how, is {@link
 * StatisticsTally}'s, the same a replay counts with.
 */
@Service
public class StatisticsQueries {

  private final ArrayQueries arrays;
  private final RegionDirectory regions;

  StatisticsQueries(JdbcTemplate jdbc, RegionDirectory regions) {
    this.arrays = new ArrayQueries(jdbc);
    this.regions = regions;
  }

  public StatisticsFigures figures(StatisticsQuestion question) {
    StatisticsTally tally = new StatisticsTally(question, regions);
    Set<String> inside = regions.subtree(question.region());
    Date on = Date.valueOf(question.on());
    Date from = Date.valueOf(question.from());
    Date to = Date.valueOf(question.to());
    // Stays that can count in the stock (inside, on the day) or as flows (arrivals in the period,
    // to or from inside).
    arrays.query(
        "SELECT region, registration_region, from_date, until_date, starting FROM residence_view "
            + "WHERE migrant AND ((region = ANY(?) AND from_date <= ? AND (until_date IS NULL OR until_date > ?)) "
            + "OR (starting AND from_date >= ? AND from_date <= ? AND (region = ANY(?) OR registration_region = ANY(?))))",
        rs ->
            tally.stay(
                new PersonFigures.Stay(
                    rs.getString(1),
                    rs.getString(2),
                    day(rs.getDate(3)),
                    day(rs.getDate(4)),
                    rs.getBoolean(5),
                    true,
                    null)),
        inside,
        on,
        on,
        from,
        to,
        inside,
        inside);
    arrays.query(
        "SELECT residence_region, sex, born_on FROM birth_view WHERE migrant AND residence_region = ANY(?) "
            + "AND born_on >= ? AND born_on <= ?",
        rs ->
            tally.birth(
                new PersonFigures.Birth(
                    null,
                    day(rs.getDate(3)),
                    rs.getString(2),
                    0,
                    rs.getString(1),
                    null,
                    true,
                    null)),
        inside,
        from,
        to);
    // Coverage duties counted per due day from obligation_tally (V71), which the obligation
    // projection keeps beside obligation_view: a quarter's tens of thousands of coverage duties
    // are a few hundred day groups.
    arrays.query(
        "SELECT responsible, kind, status, due_on, SUM(obligations) FROM obligation_tally "
            + "WHERE kind IN ('service-coverage', 'agreement-coverage') AND responsible = ANY(?) "
            + "AND due_on >= ? AND due_on <= ? AND status IN ('met-on-time', 'met-late', 'overdue') "
            + "GROUP BY responsible, kind, status, due_on",
        rs ->
            tally.duties(
                rs.getString(1),
                rs.getString(2),
                ObligationStatus.ofWord(rs.getString(3)),
                day(rs.getDate(4)),
                rs.getLong(5)),
        inside,
        from,
        to);
    return tally.figures();
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
