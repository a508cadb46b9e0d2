package org.tongchou.hub.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are judged in China's time zone, whatever the server's zone. */
public final class BusinessDates {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private BusinessDates() {}

  public static LocalDate dateOf(Instant instant) {
    return LocalDate.ofInstant(instant, ZONE);
  }

  /** The first instant of {@code day} in China. */
  public static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZONE).toInstant();
  }
}
