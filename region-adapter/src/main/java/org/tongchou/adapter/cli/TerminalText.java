package org.tongchou.adapter.cli;

/**
 * What others wrote (a reader's label, a read's purpose), made safe to print: every control
 * character becomes {@code \\uXXXX}, so that nobody's text can forge a line or drive the terminal
 * with an escape sequence. The hub refuses such purposes; this also covers entries logged before.
 */
final class TerminalText {

  private TerminalText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
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
