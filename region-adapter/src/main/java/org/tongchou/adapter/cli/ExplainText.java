package org.tongchou.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongchou.adapter.hub.Explanation;

/**
 * An explained obligation as an operator reads it: its fields, then its events exactly as {@code
 * tail} prints them (so that one can be found in the other) with the receipt under each, then the
 * facts as {@code timeline} prints them.
 */
final class ExplainText {

  private ExplainText() {}

  static List<String> lines(Explanation explanation) {
    List<String> lines = new ArrayList<>();
    Map<String, String> fields = explanation.obligation();
    lines.add("Obligation " + fields.getOrDefault("obligation_id", ""));
    lines.addAll(FieldLines.of(fields));
    lines.add("");
    lines.add("Events (" + explanation.events().size() + ")");
    for (Explanation.Event event : explanation.events()) {
      TailLine.linesOf(event.changes()).forEach(line -> lines.add("  " + line));
      lines.add(
          "      receipt: person event #"
              + event.personSequence()
              + ", recorded "
              + event.recordedAt()
              + ", hash "
              + event.hash());
    }
    lines.add("");
    lines.add("Facts (" + explanation.facts().size() + ")");
    explanation.facts().forEach(fact -> lines.add("  " + fact));
    return lines;
  }
}
