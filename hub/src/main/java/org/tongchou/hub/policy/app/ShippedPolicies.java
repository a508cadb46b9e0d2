package org.tongchou.hub.policy.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.policy.domain.HolidayCalendar;
import org.tongchou.hub.policy.domain.PolicyBook;

/** The policies and the holiday calendar that ship in the hub's resources ({@code policy/}). */
public final class ShippedPolicies {

  /** The shipped policy files, national first. */
  public static final List<String> FILES = List.of("national-2009.1.yaml", "jiangsu-2021.1.yaml");

  static final String CALENDAR = "calendar-CN.yaml";

  private ShippedPolicies() {}

  /** A shipped document's bytes, exactly as stored and hashed. */
  public static byte[] bytes(String file) {
    try (InputStream in = ShippedPolicies.class.getResourceAsStream("/policy/" + file)) {
      if (in == null) {
        throw new IllegalStateException("policy/" + file + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Map<String, HolidayCalendar> calendars() {
    HolidayCalendar cn = CalendarYaml.read(bytes(CALENDAR));
    return Map.of(cn.name(), cn);
  }

  /** The shipped policies alone, for tests and for a hub that has loaded nothing else. */
  public static PolicyBook book() {
    return new PolicyBook(
        FILES.stream()
            .map(f -> ((PolicyYaml.Parsed) PolicyYaml.read(bytes(f))).document())
            .toList(),
        calendars());
  }
}
