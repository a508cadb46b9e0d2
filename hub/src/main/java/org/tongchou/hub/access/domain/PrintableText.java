package org.tongchou.hub.access.domain;

/**
 * Free texts that end up in logs, terminals and CSV cells (a credential's label, a revocation's
 * reason, a read's purpose) carry no control characters: a newline would forge a log line, an
 * escape sequence would drive the terminal of whoever prints it.
 */
public final class PrintableText {

  private PrintableText() {}

  /**
   * The index of the first control character (C0, DEL, C1, or a line/paragraph separator), or -1.
   */
  public static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code text} if it is non-blank, at most {@code max} characters and free of control characters;
   * else IllegalArgumentException naming {@code field}.
   */
  public static String check(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    if (text.length() > max) {
      throw new IllegalArgumentException(field + " must be at most " + max + " characters");
    }
    int at = firstControl(text);
    if (at >= 0) {
      throw new IllegalArgumentException(
          field + " must not contain control characters (one at position " + at + ")");
    }
    return text;
  }

  /** For printing what someone else wrote: each control character as {@code \\uXXXX}. */
  public static String escape(String text) {
    if (text == null || firstControl(text) < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
