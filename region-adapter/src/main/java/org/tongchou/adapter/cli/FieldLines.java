package org.tongchou.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A record's fields one a line, {@code name value}, the values aligned. */
final class FieldLines {

  private FieldLines() {}

  static List<String> of(Map<String, String> fields) {
    int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    fields.forEach(
        (name, value) ->
            lines.add(
                "  "
                    + name
                    + " ".repeat(width - name.length())
                    + "  "
                    + TerminalText.escape(value)));
    return lines;
  }
}
