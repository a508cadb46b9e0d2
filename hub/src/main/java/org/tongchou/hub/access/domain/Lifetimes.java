package org.tongchou.hub.access.domain;

import java.time.Duration;
import java.util.Locale;

/**
 * How long credentials live, and how operators write a lifetime: {@code 90d}, {@code 12h}, {@code
 * 30m}, {@code 45s}, or ISO-8601 ({@code P90D}).
 *
 * <p>The defaults: a bearer token lives 90 days (tokens are for development and trials, and a
 * forgotten one should die on its own within a quarter); a peer certificate 397 days (a region's
 * system is renewed once a year, with a month's slack, the public web's own ceiling since 2020).
 */
public final class Lifetimes {

  public static final Duration TOKEN = Duration.ofDays(90);
  public static final Duration CERTIFICATE = Duration.ofDays(397);

  /** No credential lives longer than this: a typo of a few zeros must not mint a forever key. */
  public static final Duration MAX = Duration.ofDays(3650);

  private Lifetimes() {}

  /** The lifetime written in {@code text}; IllegalArgumentException naming the forms it takes. */
  public static Duration parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    Duration d;
    try {
      if (t.startsWith("p")) {
        d = Duration.parse(t.toUpperCase(Locale.ROOT));
      } else {
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        d =
            switch (t.charAt(t.length() - 1)) {
              case 'd' -> Duration.ofDays(n);
              case 'h' -> Duration.ofHours(n);
              case 'm' -> Duration.ofMinutes(n);
              case 's' -> Duration.ofSeconds(n);
              default -> throw new IllegalArgumentException(t);
            };
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a lifetime: write e.g. 90d, 12h, 30m, 45s or P90D");
    }
    if (d.isNegative() || d.isZero() || d.compareTo(MAX) > 0) {
      throw new IllegalArgumentException(
          "a lifetime must be positive and at most " + MAX.toDays() + " days, got " + text);
    }
    return d;
  }
}
