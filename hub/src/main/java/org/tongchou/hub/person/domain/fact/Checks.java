package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.tongchou.hub.kernel.FieldViolation;

/**
 * Collects field violations while a fact's data checks itself. One instance per fact; the dates a
 * check compares against ({@code today}) come from the hub's clock.
 */
public final class Checks {

  private final List<FieldViolation> violations = new ArrayList<>();
  private final LocalDate today;
  private final Predicate<String> knownRegion;

  public Checks(LocalDate today, Predicate<String> knownRegion) {
    this.today = today;
    this.knownRegion = knownRegion;
  }

  public void required(String field, String value) {
    if (value == null || value.isBlank()) {
      fail(field, "required");
    }
  }

  /** Length, and no control characters: PostgreSQL refuses NUL, and no record needs the others. */
  public void maxLength(String field, String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      fail(field, "at most " + max + " characters, got " + value.length());
    }
    value
        .chars()
        .filter(c -> c < 0x20 || c == 0x7F)
        .findFirst()
        .ifPresent(c -> fail(field, String.format("contains the control character U+%04X", c)));
  }

  public void oneOf(String field, String value, Set<String> allowed) {
    if (value == null || value.isBlank()) {
      fail(field, "required; one of " + String.join(", ", new TreeSet<>(allowed)));
    } else if (!allowed.contains(value)) {
      fail(field, "'" + value + "' is not one of " + String.join(", ", new TreeSet<>(allowed)));
    }
  }

  public void region(String field, String code, boolean required) {
    if (code == null || code.isBlank()) {
      if (required) {
        fail(field, "required");
      }
    } else if (!knownRegion.test(code)) {
      fail(field, "unknown division code " + code);
    }
  }

  public void notFuture(String field, LocalDate date) {
    if (date != null && date.isAfter(today)) {
      fail(field, date + " is in the future (today is " + today + ")");
    }
  }

  public void presentDate(String field, LocalDate date) {
    if (date == null) {
      fail(field, "required (an ISO date, YYYY-MM-DD)");
    }
  }

  public void range(String field, int value, int min, int max) {
    if (value < min || value > max) {
      fail(field, "must be between " + min + " and " + max + ", got " + value);
    }
  }

  public void fail(String field, String description) {
    violations.add(new FieldViolation(field, description));
  }

  public void addAll(List<FieldViolation> more) {
    violations.addAll(more);
  }

  public LocalDate today() {
    return today;
  }

  public List<FieldViolation> violations() {
    return List.copyOf(violations);
  }
}
