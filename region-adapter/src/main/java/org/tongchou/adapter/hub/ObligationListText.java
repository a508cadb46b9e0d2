package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.Obligation;

/**
 * The obligations behind a scorecard line, one a row, with where each stands on the line and its
 * credit.
 */
public final class ObligationListText {

  private ObligationListText() {}

  /**
   * A heading naming the line, then the table.
   *
   * @param query the line asked for (region, period, side, indicator), to name it in the heading
   */
  public static List<String> lines(AssessmentQuery query, ListObligationsResponse answer) {
    List<String> lines = new ArrayList<>();
    lines.add(
        answer.getObligationsCount()
            + " obligations behind "
            + query.side()
            + " "
            + query.indicator()
            + " of "
            + query.region()
            + " for "
            + query.period()
            + ", "
            + AsOfText.of(answer.getAsOf()));
    TextTable table =
        new TextTable()
            .text("obligation")
            .text("kind")
            .text("status")
            .text("due")
            .text("responsible")
            .text("owed")
            .text("standing")
            .number("credit");
    for (ListedObligation listed : answer.getObligationsList()) {
      Obligation o = listed.getObligation();
      table.row(
          o.getObligationId(),
          o.getKind(),
          Words.of(o.getStatus()),
          o.getDueOn(),
          o.getResponsibleRegion(),
          o.getOwedRegion(),
          listed.getStanding(),
          listed.getCredit());
    }
    lines.addAll(table.lines("  "));
    return lines;
  }
}
