package org.tongchou.hub.policy.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Working days: Monday to Friday, except public holidays, plus the weekend days worked in their
 * place (调休). A year the calendar does not cover counts weekends only; {@link #covers} says so.
 */
public final class HolidayCalendar {

  private final String name;
  private final Set<Integer> years;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;

  public HolidayCalendar(
      String name, Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> workdays) {
    this.name = name;
    this.years = Set.copyOf(years);
    this.holidays = Set.copyOf(holidays);
    this.workdays = Set.copyOf(workdays);
  }

  /** Weekends only, for tests and for years no calendar covers. */
  public static HolidayCalendar weekendsOnly(String name) {
    return new HolidayCalendar(name, Set.of(), Set.of(), Set.of());
  }

  public String name() {
    return name;
  }

  public boolean covers(int year) {
    return years.contains(year);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    boolean weekend =
        day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    return !weekend && !holidays.contains(day);
  }

  /** The {@code count}-th working day after {@code start} (the start itself never counts). */
  public LocalDate addWorkingDays(LocalDate start, int count) {
    LocalDate day = start;
    int left = count;
    while (left > 0) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        left--;
      }
    }
    return day;
  }
}
