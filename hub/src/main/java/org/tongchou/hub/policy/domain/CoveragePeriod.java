package org.tongchou.hub.policy.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Optional;

/** The calendar periods the hub counts in: for coverage duties and for scorecards. */
public enum CoveragePeriod {
  @JsonProperty("month")
  MONTH,
  @JsonProperty("quarter")
  QUARTER,
  @JsonProperty("year")
  YEAR;

  public LocalDate start(LocalDate day) {
    return switch (this) {
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER ->
          day.withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
      case YEAR -> day.withDayOfYear(1);
    };
  }

  public LocalDate end(LocalDate day) {
    return next(day).minusDays(1);
  }

  /** The first day of the period after the one holding {@code day}. */
  public LocalDate next(LocalDate day) {
    LocalDate start = start(day);
    return switch (this) {
      case MONTH -> start.plusMonths(1);
      case QUARTER -> start.plusMonths(3);
      case YEAR -> start.plusYears(1);
    };
  }

  /** The period's name: {@code 2026-03}, {@code 2026-Q1}, {@code 2026}. */
  public String label(LocalDate day) {
    return switch (this) {
      case MONTH -> String.format("%d-%02d", day.getYear(), day.getMonthValue());
      case QUARTER -> day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> Integer.toString(day.getYear());
    };
  }

  /**
   * The first day of a period named as {@link #label} names it; empty when the text is no such
   * name.
   */
  public static Optional<Labelled> parse(String label) {
    try {
      if (label.matches("\\d{4}")) {
        return Optional.of(new Labelled(YEAR, LocalDate.of(Integer.parseInt(label), 1, 1)));
      }
      if (label.matches("\\d{4}-Q[1-4]")) {
        int quarter = label.charAt(6) - '0';
        return Optional.of(
            new Labelled(
                QUARTER,
                LocalDate.of(Integer.parseInt(label.substring(0, 4)), (quarter - 1) * 3 + 1, 1)));
      }
      if (label.matches("\\d{4}-\\d{2}")) {
        return Optional.of(new Labelled(MONTH, LocalDate.parse(label + "-01")));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** A named period: its length and its first day. */
  public record Labelled(CoveragePeriod period, LocalDate start) {
    public LocalDate end() {
      return period.end(start);
    }

    public String label() {
      return period.label(start);
    }
  }
}
