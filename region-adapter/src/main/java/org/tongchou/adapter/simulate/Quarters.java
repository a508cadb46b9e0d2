package org.tongchou.adapter.simulate;

import java.time.LocalDate;

/** Calendar quarters, the period of the hub's coverage duties and of the scorecards compared. */
final class Quarters {

  private Quarters() {}

  /** The first day of the quarter {@code day} lies in. */
  static LocalDate start(LocalDate day) {
    return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  /** The last day of the quarter {@code day} lies in. */
  static LocalDate end(LocalDate day) {
    return start(day).plusMonths(3).minusDays(1);
  }

  /** Does [first, last] hold the 10th of some month, the day services are delivered? */
  static boolean holdsATenth(LocalDate first, LocalDate last) {
    LocalDate tenth = first.getDayOfMonth() <= 10 ? first.withDayOfMonth(10) : first.plusMonths(1).withDayOfMonth(10);
    return !tenth.isAfter(last);
  }
}
