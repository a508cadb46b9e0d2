package org.tongchou.hub.statistics.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The one definition of how the statistics count: stays, births and coverage duties go in, one at a
 * time and in any order, and the four tables of a {@link StatisticsQuestion} come out. The live
 * queries feed it the rows of the read models; a replay feeds it persons folded again from the
 * event log. Both get the same tables because both count here. Whatever is fed that the question
 * does not cover is left out, so a caller may feed more than it must (the live queries pre-select
 * with SQL).
 */
public final class StatisticsTally {

  /** The kinds of duty that count as coverage. */
  public static final Set<String> COVERAGE_KINDS = Set.of("service-coverage", "agreement-coverage");

  private final StatisticsQuestion question;
  private final RegionDirectory regions;
  private final Set<String> inside;
  private final Map<String, long[]> stock = new TreeMap<>();
  private final Map<String, Long> flows = new TreeMap<>();
  private final Map<String, long[]> births = new TreeMap<>();
  private final Map<String, long[]> coverage = new TreeMap<>();

  public StatisticsTally(StatisticsQuestion question, RegionDirectory regions) {
    this.question = question;
    this.regions = regions;
    this.inside = regions.subtree(question.region());
  }

  /**
   * A stretch of residence: counted in the stock if the migrant lived inside the region on the
   * stock's day, and as a flow if it began with an arrival in the period, to or from the region.
   */
  public void stay(PersonFigures.Stay stay) {
    if (!stay.migrant()) {
      return;
    }
    LocalDate on = question.on();
    if (inside.contains(stay.region())
        && !stay.from().isAfter(on)
        && (stay.until() == null || stay.until().isAfter(on))) {
      long[] c = stock.computeIfAbsent(at(stay.region()), k -> new long[2]);
      c[0]++;
      if (!Objects.equals(
          regions.provinceOf(stay.region()), regions.provinceOf(stay.registration()))) {
        c[1]++;
      }
    }
    if (stay.starting()
        && within(stay.from())
        && (inside.contains(stay.region()) || inside.contains(stay.registration()))) {
      flows.merge(at(stay.registration()) + "," + at(stay.region()), 1L, Long::sum);
    }
  }

  /** A child: counted if born in the period to a migrant mother living inside the region. */
  public void birth(PersonFigures.Birth birth) {
    if (birth.migrant()
        && birth.residence() != null
        && inside.contains(birth.residence())
        && within(birth.bornOn())) {
      births
          .computeIfAbsent(at(birth.residence()), k -> new long[2])[
          "M".equals(birth.sex()) ? 0 : 1]++;
    }
  }

  /**
   * A duty: counted if it is a coverage duty of a region inside, due in the period, and settled
   * (pending, waived, reassigned and withdrawn duties are left out).
   */
  public void duty(String responsible, String kind, ObligationStatus status, LocalDate dueOn) {
    duties(responsible, kind, status, dueOn, 1);
  }

  /** {@code count} such duties alike, as {@link #duty} counts each. */
  public void duties(
      String responsible, String kind, ObligationStatus status, LocalDate dueOn, long count) {
    boolean settled =
        status == ObligationStatus.MET_ON_TIME
            || status == ObligationStatus.MET_LATE
            || status == ObligationStatus.OVERDUE;
    if (!settled
        || !COVERAGE_KINDS.contains(kind)
        || !inside.contains(responsible)
        || !within(dueOn)) {
      return;
    }
    long[] c = coverage.computeIfAbsent(at(responsible) + "," + kind, k -> new long[2]);
    c[0] += count;
    if (status != ObligationStatus.OVERDUE) {
      c[1] += count;
    }
  }

  public StatisticsFigures figures() {
    return new StatisticsFigures(
        stock.entrySet().stream()
            .map(e -> new Figures.Stock(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList(),
        flows.entrySet().stream()
            .map(
                e -> {
                  String[] pair = e.getKey().split(",");
                  return new Figures.Flow(pair[0], pair[1], e.getValue());
                })
            .toList(),
        births.entrySet().stream()
            .map(e -> new Figures.Births(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .toList(),
        coverage.entrySet().stream()
            .map(
                e -> {
                  String[] key = e.getKey().split(",");
                  return new Figures.Coverage(key[0], key[1], e.getValue()[0], e.getValue()[1]);
                })
            .toList());
  }

  private boolean within(LocalDate day) {
    return day != null && !day.isBefore(question.from()) && !day.isAfter(question.to());
  }

  private String at(String code) {
    return regions.atLevel(code, question.level());
  }
}
