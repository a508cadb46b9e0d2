package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells as aligned text: each column as wide as its widest cell, counts and decimals
 * right-aligned so that their places line up. Names in Chinese take two columns of a terminal each,
 * so the tables put them last, where no column follows to be pushed out of line.
 */
final class TextTable {

  private final List<String> header = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** Adds a column of text, left-aligned. */
  TextTable text(String heading) {
    return column(heading, false);
  }

  /** Adds a column of numbers, right-aligned. */
  TextTable number(String heading) {
    return column(heading, true);
  }

  /** Adds a row, one cell a column; an empty cell shows as {@code -}. */
  TextTable row(Object... cells) {
    if (cells.length != header.size()) {
      throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      String text = String.valueOf(cell);
      row.add(text.isEmpty() ? "-" : text);
    }
    rows.add(row);
    return this;
  }

  /** The heading and the rows, each line indented; {@code (none)} without rows. */
  List<String> lines(String indent) {
    if (rows.isEmpty()) {
      return List.of(indent + "(none)");
    }
    int[] widths = new int[header.size()];
    for (List<String> line : rowsWithHeader()) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    List<String> lines = new ArrayList<>();
    for (List<String> line : rowsWithHeader()) {
      StringBuilder text = new StringBuilder(indent);
      for (int i = 0; i < widths.length; i++) {
        String cell = line.get(i);
        String pad = " ".repeat(widths[i] - cell.length());
        text.append(i == 0 ? "" : "  ").append(right.get(i) ? pad + cell : cell + pad);
      }
      lines.add(text.toString().stripTrailing());
    }
    return lines;
  }

  private TextTable column(String heading, boolean alignRight) {
    header.add(heading);
    right.add(alignRight);
    return this;
  }

  private List<List<String>> rowsWithHeader() {
    List<List<String>> all = new ArrayList<>(rows.size() + 1);
    all.add(header);
    all.addAll(rows);
    return all;
  }
}
