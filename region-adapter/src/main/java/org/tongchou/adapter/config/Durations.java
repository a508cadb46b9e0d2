package org.tongchou.adapter.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as operators write them: a whole number and a unit, {@code 500ms}, {@code 2s}, {@code
 * 5m}, {@code 1h}. A bare number is refused rather than guessed at (seconds or milliseconds?).
 */
final class Durations {

  private static final Pattern TEXT = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)");

  private Durations() {}

  /** The duration, or null when {@code text} is not one. */
  static Duration parse(String text) {
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofHours(n);
    };
  }
}
