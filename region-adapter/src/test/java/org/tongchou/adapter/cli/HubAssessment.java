package org.tongchou.adapter.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetScorecardsResponse;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;

/**
 * The hub's public Assessment API as an auditor reads it: statistics, scorecards, the obligations
 * behind a line, CSV.
 */
public final class HubAssessment {

  private final HubClient auditor;

  public HubAssessment(HubClient auditor) {
    this.auditor = auditor;
  }

  /** Statistics of a province for a period, rows at province level, stock on {@code on}. */
  public Statistics statistics(String province, String period, String on) {
    return statistics(province, period, on, "province");
  }

  /**
   * Statistics of a region for a period, rows at {@code level}, stock on {@code on} (empty: the
   * period's last day).
   */
  public Statistics statistics(String region, String period, String on, String level) {
    return stub()
        .getStatistics(
            GetStatisticsRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setOn(on)
                .setLevel(level)
                .setCatchUp(true)
                .build());
  }

  /** The province's own scorecard in one role. */
  public Scorecard scorecard(String province, String period, Side side) {
    return scorecards(province, period, false).getScorecardsList().stream()
        .filter(s -> s.getRegion().equals(province) && s.getSide() == side)
        .findFirst()
        .orElseThrow();
  }

  /** A region's scorecards, and with {@code children} those of the divisions right under it. */
  public GetScorecardsResponse scorecards(String region, String period, boolean children) {
    return stub()
        .getScorecards(
            GetScorecardsRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setChildren(children)
                .setCatchUp(true)
                .build());
  }

  /** A table as the hub streams it, every chunk's bytes joined. */
  public byte[] csv(ExportCsvRequest request) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    stub()
        .exportCsv(request)
        .forEachRemaining(chunk -> bytes.writeBytes(chunk.getData().toByteArray()));
    return bytes.toByteArray();
  }

  /** Every obligation behind one scorecard line, all pages. */
  public List<Obligation> behind(String province, String period, Side side, String indicator) {
    List<Obligation> all = new ArrayList<>();
    String token = "";
    do {
      ListObligationsResponse page =
          stub()
              .listObligations(
                  ListObligationsRequest.newBuilder()
                      .setRegion(province)
                      .setPeriod(period)
                      .setSide(side)
                      .setIndicator(indicator)
                      .setPageSize(1000)
                      .setPageToken(token)
                      .build());
      page.getObligationsList().forEach(listed -> all.add(listed.getObligation()));
      token = page.getNextPageToken();
    } while (!token.isEmpty());
    return all;
  }

  /**
   * An obligation in the ground truth's words: kind, side, responsible, owed, openedBy, dueOn,
   * status.
   */
  public static String described(Obligation o) {
    return String.join(
        " ",
        o.getKind(),
        word(o.getSide().name()),
        o.getResponsibleRegion(),
        o.getOwedRegion(),
        o.getOpenedBy(),
        o.getDueOn(),
        word(o.getStatus().name()));
  }

  private static String word(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  // A fresh stub per call: the deadline HubClient.authorized sets runs from the stub's creation.
  private AssessmentGrpc.AssessmentBlockingStub stub() {
    return auditor.authorized(AssessmentGrpc.newBlockingStub(auditor.channel()));
  }
}
