package org.tongchou.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;

/** The hub's public Assessment API as an auditor reads it: statistics, scorecards, the obligations behind a line. */
final class HubAssessment {

  private final HubClient auditor;

  HubAssessment(HubClient auditor) {
    this.auditor = auditor;
  }

  /** Statistics of a province for a period, rows at province level, stock on {@code on}. */
  Statistics statistics(String province, String period, String on) {
    return stub().getStatistics(GetStatisticsRequest.newBuilder().setRegion(province).setPeriod(period).setOn(on)
        .setLevel("province").setCatchUp(true).build());
  }

  /** The province's own scorecard in one role. */
  Scorecard scorecard(String province, String period, Side side) {
    return stub().getScorecards(GetScorecardsRequest.newBuilder().setRegion(province).setPeriod(period)
            .setCatchUp(true).build()).getScorecardsList().stream()
        .filter(s -> s.getRegion().equals(province) && s.getSide() == side).findFirst().orElseThrow();
  }

  /** Every obligation behind one scorecard line, all pages. */
  List<Obligation> behind(String province, String period, Side side, String indicator) {
    List<Obligation> all = new ArrayList<>();
    String token = "";
    do {
      ListObligationsResponse page = stub().listObligations(ListObligationsRequest.newBuilder().setRegion(province)
          .setPeriod(period).setSide(side).setIndicator(indicator).setPageSize(1000).setPageToken(token).build());
      page.getObligationsList().forEach(listed -> all.add(listed.getObligation()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return all;
  }

  /** An obligation in the ground truth's words: kind, side, responsible, owed, openedBy, dueOn, status. */
  static String described(Obligation o) {
    return String.join(" ", o.getKind(), word(o.getSide().name()), o.getResponsibleRegion(), o.getOwedRegion(),
        o.getOpenedBy(), o.getDueOn(), word(o.getStatus().name()));
  }

  private static String word(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // A fresh stub per call: the deadline HubClient.authorized sets runs from the stub's creation.
  private AssessmentGrpc.AssessmentBlockingStub stub() {
    return auditor.authorized(AssessmentGrpc.newBlockingStub(auditor.channel()));
  }
}
