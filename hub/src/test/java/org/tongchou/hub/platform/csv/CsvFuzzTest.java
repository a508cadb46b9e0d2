package org.tongchou.hub.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzing (issue #16; deploy/fuzz.sh): whatever the fields hold (commas, quotes, line breaks, any
 * Unicode), an RFC 4180 reader gets back exactly the rows that were written, a text a spreadsheet
 * would take for a formula (=, +, -, @, tab or CR first) with the apostrophe the writer puts before
 * it ({@link Csv#neutralised}).
 */
@Tag("fuzz")
class CsvFuzzTest {

  @FuzzTest(maxExecutions = 1_000_000)
  void anyRowsReadBackAsWritten(FuzzedDataProvider data) {
    int width = data.consumeInt(1, 5);
    List<List<String>> rows = new ArrayList<>();
    int count = data.consumeInt(1, 4);
    for (int r = 0; r < count; r++) {
      List<String> row = new ArrayList<>();
      for (int f = 0; f < width; f++) {
        row.add(utf8(data.consumeString(40)));
      }
      rows.add(row);
    }
    Csv csv = new Csv(rows.get(0));
    rows.subList(1, rows.size()).forEach(csv::row);

    List<List<String>> expected =
        rows.stream().map(row -> row.stream().map(Csv::neutralised).toList()).toList();
    assertThat(read(new String(csv.bytes(), StandardCharsets.UTF_8))).isEqualTo(expected);
  }

  /** What UTF-8 can carry of a Java string (a lone surrogate becomes '?'). */
  static String utf8(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  /** RFC 4180, strictly: every record ends with CRLF. */
  static List<List<String>> read(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.length() == 0) {
        i++;
        while (true) {
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else {
        field.append(c);
        i++;
      }
    }
    return rows;
  }
}
