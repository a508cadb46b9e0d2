package org.tongchou.hub.testing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid ID numbers for tests, computed here independently of the hub's own check. */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 400));

  private IdNumbers() {}

  public static String of(String region, LocalDate born, int sequence) {
    String body =
        region + born.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (body.charAt(i) - '0') * WEIGHTS[i];
    }
    return body + CHECK.charAt(sum % 11);
  }

  /** A fresh woman's number (even sequence), unique within the test run. */
  public static String woman(String region) {
    return fresh(region, 0);
  }

  /** A fresh man's number (odd sequence), unique within the test run. */
  public static String man(String region) {
    return fresh(region, 1);
  }

  private static String fresh(String region, int parity) {
    int n = NEXT.incrementAndGet();
    LocalDate born = LocalDate.of(1980, 1, 1).plusDays(n % 7000 + (System.nanoTime() % 997));
    int sequence = (n * 2 + parity) % 1000;
    return of(region, born, sequence);
  }
}
