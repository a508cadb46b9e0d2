package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a simulation generates: {@code persons} migrants arriving during {@code months} months from
 * {@code start}, drawn from {@code flows} with the random source seeded by {@code seed}.
 *
 * @param seed the same seed (and the same other values) gives the same files, byte for byte
 * @param persons at least 1
 * @param start the first month of the range
 * @param months at least 1
 * @param rates how often things are late, unanswered, in conflict; births and returns
 * @param flows where persons come from and go to
 */
public record SimulationSpec(
    long seed, int persons, YearMonth start, int months, Rates rates, FlowMatrix flows) {

  /**
   * Checks the counts; the range's distance from today is the caller's to check ({@link
   * #latestLastDay}).
   */
  public SimulationSpec {
    if (persons < 1 || months < 1) {
      throw new IllegalArgumentException("need at least 1 person and 1 month");
    }
  }

  /** The range's first day. */
  public LocalDate firstDay() {
    return start.atDay(1);
  }

  /** The range's last day: no fact is dated after it. */
  public LocalDate lastDay() {
    return lastDay(start, months);
  }

  /**
   * The last day of {@code months} months from {@code start}, for checking a range before it is a
   * spec.
   */
  public static LocalDate lastDay(YearMonth start, int months) {
    return start.plusMonths(months - 1L).atEndOfMonth();
  }

  /**
   * The latest last day a range may have: two months before today. Every duty falls due at most 30
   * days after the range, so by then the hub has settled each one (met or overdue) and the ground
   * truth, which knows no "still open", holds.
   */
  public static LocalDate latestLastDay(LocalDate today) {
    return today.minusMonths(2);
  }
}
