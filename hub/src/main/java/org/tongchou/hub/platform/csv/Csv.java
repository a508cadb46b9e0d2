package org.tongchou.hub.platform.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it (comma separated, CRLF line ends, a field quoted only when it holds a
 * comma, a quote or a line break), in UTF-8 without a byte-order mark: the same rows always give
 * the same bytes. A text that a spreadsheet would take for a formula gets an apostrophe first
 * ({@link #neutralised}), so it does not read back exactly as given.
 */
public final class Csv {

  private final StringBuilder text = new StringBuilder();

  public Csv(List<String> header) {
    row(header);
  }

  public Csv row(List<?> fields) {
    text.append(line(fields));
    return this;
  }

  /**
   * One row as its own text, CRLF included: what {@link #row} appends, for a file streamed row by
   * row (its UTF-8 bytes, line after line, are the whole file's bytes).
   */
  public static String line(List<?> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      line.append(field(fields.get(i)));
    }
    return line.append("\r\n").toString();
  }

  public byte[] bytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String field(Object value) {
    if (value == null) {
      return "";
    }
    String s =
        value instanceof BigDecimal d
            ? d.toPlainString()
            : value instanceof Number ? value.toString() : neutralised(value.toString());
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  /** A text that a spreadsheet would take for a formula, made plain text. */
  static String neutralised(String s) {
    return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }
}
