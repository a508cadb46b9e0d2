package org.tongchou.workload.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Builds 18-character resident ID numbers (GB 11643) for synthetic persons.
 *
 * <p>Only generation lives here; the hub owns validation. The layout is: 6-digit registration
 * division, 8-digit birth date, 3-digit sequence (odd for men, even for women), and a MOD 11-2
 * check character.
 */
public final class IdNumbers {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private IdNumbers() {}

  /**
   * @param region the 6-digit registration division code
   * @param bornOn the birth date
   * @param sequence 0 to 999; its parity gives the sex (odd M, even F)
   */
  public static String of(String region, LocalDate bornOn, int sequence) {
    if (!region.matches("\\d{6}") || sequence < 0 || sequence > 999) {
      throw new IllegalArgumentException("need a 6-digit region and a sequence 0..999");
    }
    String first17 =
        region + bornOn.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
    return first17 + checkCharacter(first17);
  }

  /** The sex an ID number's sequence stands for: {@code M} or {@code F}. */
  public static String sexOf(String idNumber) {
    return (idNumber.charAt(16) - '0') % 2 == 1 ? "M" : "F";
  }

  /** The MOD 11-2 check character of the first 17 digits. */
  static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
