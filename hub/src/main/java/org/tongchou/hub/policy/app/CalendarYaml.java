package org.tongchou.hub.policy.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongchou.hub.policy.domain.HolidayCalendar;

/**
 * Reads a holiday calendar: per year, {@code holidays} and {@code workdays} as ISO dates or ranges
 * ({@code 2026-02-15..2026-02-23}, both ends included).
 */
final class CalendarYaml {

  record Document(String calendar, Map<Integer, Year> years) {}

  record Year(List<String> holidays, List<String> workdays) {}

  private CalendarYaml() {}

  static HolidayCalendar read(byte[] yaml) {
    try {
      Document document = PolicyYaml.mapper().readValue(yaml, Document.class);
      Set<LocalDate> holidays = new HashSet<>();
      Set<LocalDate> workdays = new HashSet<>();
      document
          .years()
          .values()
          .forEach(
              year -> {
                year.holidays().forEach(entry -> holidays.addAll(days(entry)));
                year.workdays().forEach(entry -> workdays.addAll(days(entry)));
              });
      return new HolidayCalendar(
          document.calendar(), document.years().keySet(), holidays, workdays);
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped holiday calendar cannot be read", e);
    }
  }

  private static List<LocalDate> days(String entry) {
    String[] ends = entry.split("\\.\\.");
    LocalDate first = LocalDate.parse(ends[0].trim());
    LocalDate last = ends.length == 2 ? LocalDate.parse(ends[1].trim()) : first;
    return first.datesUntil(last.plusDays(1)).toList();
  }
}
