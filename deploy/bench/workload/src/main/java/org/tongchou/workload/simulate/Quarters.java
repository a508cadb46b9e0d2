package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Calendar quarters, the period of the hub's coverage duties and of the scorecards compared. */
final class Quarters {

  /**
   * The days of a span that fall in one quarter: {@code first} to {@code last}, both included, in
   * the quarter beginning on {@code start}.
   */
  record Slice(LocalDate start, LocalDate first, LocalDate last) {

    /** The quarter's last day. */
    LocalDate end() {
      return Quarters.end(start);
    }

    long days() {
      return last.toEpochDay() - first.toEpochDay() + 1;
    }
  }

  private Quarters() {}

  /** The first day of the quarter {@code day} lies in. */
  static LocalDate start(LocalDate day) {
    return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
  }

  /** The last day of the quarter {@code day} lies in. */
  static LocalDate end(LocalDate day) {
    return start(day).plusMonths(3).minusDays(1);
  }

  /**
   * The span from {@code from} until {@code until} (exclusive) cut at quarter ends, one slice per
   * quarter it has days in, in order; none when it is empty. Coverage duties are owed per quarter,
   * by the days a stay holds in each.
   */
  static List<Slice> slices(LocalDate from, LocalDate until) {
    List<Slice> slices = new ArrayList<>();
    if (!from.isBefore(until)) {
      return slices;
    }
    LocalDate last = until.minusDays(1);
    for (LocalDate start = start(from); !start.isAfter(last); start = start.plusMonths(3)) {
      LocalDate end = end(start);
      slices.add(
          new Slice(start, from.isAfter(start) ? from : start, last.isBefore(end) ? last : end));
    }
    return slices;
  }

  /** Does [first, last] hold the 10th of some month, the day services are delivered? */
  static boolean holdsATenth(LocalDate first, LocalDate last) {
    LocalDate tenth =
        first.getDayOfMonth() <= 10
            ? first.withDayOfMonth(10)
            : first.plusMonths(1).withDayOfMonth(10);
    return !tenth.isAfter(last);
  }
}
