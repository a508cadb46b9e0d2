package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.proto.v1.GetScorecardsResponse;
import org.tongchou.proto.v1.IndicatorLine;
import org.tongchou.proto.v1.Scorecard;

/**
 * Scorecards as an office reads them: one heading line a scorecard, then its indicators as a table.
 */
public final class ScorecardText {

  private ScorecardText() {}

  /**
   * How current they are, then each scorecard in the hub's order (the region's first; inflow, then
   * outflow).
   */
  public static List<String> lines(GetScorecardsResponse answer) {
    List<String> lines = new ArrayList<>();
    lines.add(answer.getScorecardsCount() + " scorecards, " + AsOfText.of(answer.getAsOf()));
    for (Scorecard card : answer.getScorecardsList()) {
      lines.add("");
      lines.addAll(card(card));
    }
    return lines;
  }

  static List<String> card(Scorecard card) {
    String score =
        card.getScore().isEmpty()
            ? "-  (no indicator had an obligation in the period)"
            : card.getScore();
    List<String> lines = new ArrayList<>();
    lines.add(
        card.getRegion()
            + " "
            + card.getRegionName()
            + "  "
            + Words.of(card.getSide())
            + "  "
            + card.getPeriod()
            + "  policy "
            + card.getPolicyVersion()
            + "  score "
            + score);
    TextTable table =
        new TextTable()
            .text("indicator")
            .number("obligations")
            .number("counted")
            .number("failed")
            .number("pending")
            .number("excluded")
            .number("credit")
            .number("rate")
            .number("points")
            .number("weight");
    for (IndicatorLine line : card.getIndicatorsList()) {
      table.row(
          line.getIndicator(),
          line.getObligations(),
          line.getCounted(),
          line.getFailed(),
          line.getPending(),
          line.getExcluded(),
          line.getCredit(),
          line.getRate(),
          line.getPoints(),
          line.getWeight());
    }
    lines.addAll(table.lines("  "));
    return lines;
  }
}
