package org.tongchou.hub.person.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A resident ID number (GB 11643-1999), always held in its 18-character form: a 6-digit
 * registration code, an 8-digit birth date, a 3-digit sequence (odd for men) and an ISO 7064 MOD
 * 11-2 check character.
 */
public record IdNumber(String value, LocalDate birthDate, Sex sex, boolean upgradedFromLegacy) {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
  private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[0-9X]");
  private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");
  private static final DateTimeFormatter BASIC_DATE =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * The outcome of reading a number: either {@code number} or a {@code problem} to show the region.
   */
  public record Parsed(IdNumber number, String problem) {
    public boolean isValid() {
      return number != null;
    }
  }

  /**
   * Reads an 18-character number (a lower-case {@code x} is accepted and upper-cased) or a legacy
   * 15-digit one, which is upgraded by inserting {@code 19} before the year and computing the check
   * character.
   */
  public static Parsed parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return problem("required");
    }
    String text = raw.toUpperCase(Locale.ROOT);
    if (FIFTEEN.matcher(text).matches()) {
      String body = text.substring(0, 6) + "19" + text.substring(6);
      return read(body + checkCharacter(body), true);
    }
    if (!EIGHTEEN.matcher(text).matches()) {
      return problem(
          "must be 18 characters (17 digits and a check digit or X) or 15 digits, got "
              + text.length()
              + " characters");
    }
    char expected = checkCharacter(text.substring(0, 17));
    if (text.charAt(17) != expected) {
      return problem(
          "check character is " + text.charAt(17) + " but the MOD 11-2 check gives " + expected);
    }
    return read(text, false);
  }

  /** The MOD 11-2 check character of the first 17 digits. */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }

  private static Parsed read(String eighteen, boolean upgraded) {
    LocalDate birth;
    try {
      birth = LocalDate.parse(eighteen.substring(6, 14), BASIC_DATE);
    } catch (DateTimeParseException e) {
      return problem("birth date " + eighteen.substring(6, 14) + " is not a calendar date");
    }
    int sequence = Integer.parseInt(eighteen.substring(14, 17));
    return new Parsed(new IdNumber(eighteen, birth, Sex.ofSequence(sequence), upgraded), null);
  }

  private static Parsed problem(String text) {
    return new Parsed(null, text);
  }

  /** The registration division the number was issued under (may no longer be the person's). */
  public String issuingRegion() {
    return value.substring(0, 6);
  }

  @Override
  public String toString() {
    // Never log a whole ID number by accident.
    return value.substring(0, 6) + "********" + value.substring(14, 17) + "*";
  }
}
