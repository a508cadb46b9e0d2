package org.tongchou.adapter.hub;

import java.time.Instant;
import org.tongchou.proto.v1.ArrivalRegistered;
import org.tongchou.proto.v1.BirthLine;
import org.tongchou.proto.v1.CoverageLine;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FeedObligation;
import org.tongchou.proto.v1.FlowLine;
import org.tongchou.proto.v1.GetScorecardsResponse;
import org.tongchou.proto.v1.IndicatorLine;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.ObligationChange;
import org.tongchou.proto.v1.ObligationHistory;
import org.tongchou.proto.v1.ObligationStatus;
import org.tongchou.proto.v1.ReadModelPosition;
import org.tongchou.proto.v1.Receipt;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.StockLine;

/**
 * Assessment answers shaped as the hub sends them, about Wang Fang's arrival in Binhu (320211) from
 * Zhengzhou.
 */
public final class AssessmentFixtures {

  public static final String OBLIGATION_ID = "certificate-verification/320211/320211-2026-000001#1";
  public static final Instant RECORDED = Instant.parse("2026-03-20T08:00:00Z");
  static final String HASH = "ab".repeat(32);

  private AssessmentFixtures() {}

  static ReadModelPosition asOf(long position, long log) {
    return ReadModelPosition.newBuilder().setPosition(position).setLogPosition(log).build();
  }

  /**
   * Binhu's inflow card for 2026-Q1: one verification met on time, one overdue; no birth
   * registration due.
   */
  static GetScorecardsResponse scorecards(ReadModelPosition asOf) {
    Scorecard card =
        Scorecard.newBuilder()
            .setRegion("320211")
            .setRegionName("滨湖区")
            .setSide(Side.INFLOW)
            .setPeriod("2026-Q1")
            .setPolicyVersion("national-2009.1+jiangsu-2021.1")
            .setScore("50.00")
            .addIndicators(
                IndicatorLine.newBuilder()
                    .setIndicator("certificate-verification")
                    .setWeight("20")
                    .setObligations(2)
                    .setCounted(1)
                    .setFailed(1)
                    .setCredit("1.0000")
                    .setRate("0.5000")
                    .setPoints("50.00"))
            .addIndicators(
                IndicatorLine.newBuilder()
                    .setIndicator("birth-registration")
                    .setWeight("15")
                    .setPending(3)
                    .setCredit("0.0000"))
            .build();
    return GetScorecardsResponse.newBuilder().addScorecards(card).setAsOf(asOf).build();
  }

  static Obligation obligation(ObligationStatus status) {
    return Obligation.newBuilder()
        .setObligationId(OBLIGATION_ID)
        .setKind("certificate-verification")
        .setSide(Side.INFLOW)
        .setResponsibleRegion("320211")
        .setOwedRegion("410102")
        .setOpensOn("2026-03-01")
        .setDueOn("2026-03-31")
        .setPolicyVersion("national-2009.1+jiangsu-2021.1")
        .setOpenedBy("320211/320211-2026-000001")
        .setStatus(status)
        .setPersonKey(FeedFixtures.PERSON_KEY)
        .build();
  }

  static ListObligationsResponse listed() {
    return ListObligationsResponse.newBuilder()
        .setAsOf(asOf(57, 57))
        .addObligations(
            ListedObligation.newBuilder()
                .setObligation(obligation(ObligationStatus.MET_ON_TIME))
                .setStanding("counted")
                .setCredit("1.0000"))
        .addObligations(
            ListedObligation.newBuilder()
                .setObligation(
                    obligation(ObligationStatus.OPEN).toBuilder()
                        .setObligationId("certificate-verification/320214/320214-2026-000003#1")
                        .setResponsibleRegion("320214")
                        .setOwedRegion("410103")
                        .setDueOn("2026-04-09"))
                .setStanding("pending"))
        .build();
  }

  static Statistics statistics() {
    return Statistics.newBuilder()
        .setRegion("320200")
        .setPeriod("2026")
        .setOn("2026-12-31")
        .setLevel("county")
        .addStock(
            StockLine.newBuilder()
                .setRegion("320211")
                .setRegionName("滨湖区")
                .setMigrants(1)
                .setInterProvincial(1))
        .addFlows(FlowLine.newBuilder().setOrigin("410102").setDestination("320211").setArrivals(1))
        .addBirths(BirthLine.newBuilder().setRegion("320214").setBoys(1))
        .addCoverage(
            CoverageLine.newBuilder()
                .setRegion("320211")
                .setKind("service-coverage")
                .setDue(2)
                .setMet(1)
                .setRate("0.5000"))
        .setAsOf(asOf(57, 57))
        .build();
  }

  /** The obligation opened by the arrival and met by the check, with the two facts. */
  public static Explanation explanation() {
    return Explanation.of(history(), RECORDED);
  }

  static ObligationHistory history() {
    Obligation met =
        obligation(ObligationStatus.MET_ON_TIME).toBuilder()
            .setEvidence("320211/320211-2026-000005")
            .setSettledOn("2026-03-20")
            .build();
    FeedObligation opened =
        event(
            12,
            2,
            "320211/320211-2026-000001",
            ObligationChange.newBuilder()
                .setChange(ObligationChange.Change.OPENED)
                .setObligation(obligation(ObligationStatus.OPEN))
                .build());
    FeedObligation settled =
        event(
            15,
            4,
            "320211/320211-2026-000005",
            ObligationChange.newBuilder()
                .setChange(ObligationChange.Change.STATUS_CHANGED)
                .setObligation(met)
                .build());
    Fact arrival =
        Fact.newBuilder()
            .setRecordId("320211-2026-000001")
            .setRegion("320211")
            .setOccurredOn("2026-03-01")
            .setArrivalRegistered(ArrivalRegistered.newBuilder().setFrom("410102"))
            .build();
    RecordedFact recorded =
        RecordedFact.newBuilder()
            .setFact(arrival)
            .setReceipt(Receipt.newBuilder().setPosition(11).setPersonSequence(1).setHash(HASH))
            .build();
    return ObligationHistory.newBuilder()
        .setObligation(met)
        .addEvents(opened)
        .addEvents(settled)
        .addFacts(recorded)
        .build();
  }

  private static FeedObligation event(
      long position, long sequence, String cause, ObligationChange change) {
    return FeedObligation.newBuilder()
        .setCause(cause)
        .addChanges(change)
        .setReceipt(
            Receipt.newBuilder()
                .setPosition(position)
                .setPersonSequence(sequence)
                .setHash(HASH)
                .setRecordedAt(FeedFixtures.timestamp(RECORDED)))
        .setRecordedAt(FeedFixtures.timestamp(RECORDED))
        .build();
  }
}
