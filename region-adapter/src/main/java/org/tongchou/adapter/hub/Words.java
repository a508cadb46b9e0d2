package org.tongchou.adapter.hub;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The contract's enum constants as the hub's policies, CSV files and this command line write them:
 * {@code STATUS_CHANGED} is {@code status-changed}, {@code INFLOW} is {@code inflow}. One place, so
 * that what {@code tail} prints, what {@code scorecards} prints and what an option accepts agree.
 */
final class Words {

  private Words() {}

  /** The word of an enum constant's name. */
  static String of(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The word of a constant. */
  static String of(Enum<?> constant) {
    return of(constant.name());
  }

  /**
   * The words of an enum's values, leaving out protobuf's never-sent zero value ({@code
   * SIDE_UNSPECIFIED}) and its {@code UNRECOGNIZED}: what an option may say.
   */
  static List<String> choices(Enum<?>[] values) {
    return Arrays.stream(values)
        .skip(1)
        .filter(v -> !v.name().equals("UNRECOGNIZED"))
        .map(Words::of)
        .toList();
  }

  /**
   * The constant a word names, one of {@link #choices}.
   *
   * @throws IllegalArgumentException naming the choices, for a usage error
   */
  static <E extends Enum<E>> E parse(String word, E[] values, String what) {
    List<String> choices = choices(values);
    int at = choices.indexOf(word == null ? "" : word.toLowerCase(Locale.ROOT));
    if (at < 0) {
      throw new IllegalArgumentException(
          what + " takes " + String.join(", ", choices) + ", got '" + word + "'");
    }
    return values[at + 1];
  }
}
