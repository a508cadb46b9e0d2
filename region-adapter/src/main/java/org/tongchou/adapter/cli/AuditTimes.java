package org.tongchou.adapter.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The times audit options take: an instant ({@code 2026-12-01T08:30:00Z}) or a date, which means
 * the first instant of that day in China (the hub's business dates are China's).
 */
final class AuditTimes implements ITypeConverter<Instant> {

  static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Override
  public Instant convert(String text) {
    try {
      return text.contains("T")
          ? Instant.parse(text)
          : LocalDate.parse(text).atStartOfDay(CHINA).toInstant();
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is neither an instant (2026-12-01T08:30:00Z) nor a date"
              + " (2026-12-01)");
    }
  }

  /** A business period {@code FROM..TO} of ISO dates, either side open when empty. */
  record Period(String from, String to) {}

  /** Reads {@code --about}. */
  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String text) {
      int dots = text.indexOf("..");
      if (dots < 0) {
        throw new TypeConversionException(
            "'" + text + "' is not FROM..TO (e.g. 2026-03-01..2026-03-31, ..2026-03-31)");
      }
      String from = text.substring(0, dots);
      String to = text.substring(dots + 2);
      for (String day : new String[] {from, to}) {
        try {
          if (!day.isEmpty()) {
            LocalDate.parse(day);
          }
        } catch (DateTimeParseException e) {
          throw new TypeConversionException("'" + day + "' is not an ISO date (YYYY-MM-DD)");
        }
      }
      return new Period(from, to);
    }
  }
}
