package org.tongchou.hub.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationTally;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.region.domain.RegionDirectory;

class ScorecardRulesTest {

  static final PolicyBook BOOK = ShippedPolicies.book();
  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final CoveragePeriod.Labelled Q2 = CoveragePeriod.parse("2026-Q2").orElseThrow();
  static final EffectivePolicy NATIONAL = BOOK.inForce(Q2.end(), "410000");

  static ObligationRow answer(String id, ObligationStatus status) {
    return new ObligationRow(
        id,
        "p",
        "verification-answer",
        "s",
        Side.OUTFLOW,
        "410102",
        "320211",
        LocalDate.of(2026, 4, 5),
        LocalDate.of(2026, 5, 5),
        "national-2009.1",
        "320211/q",
        null,
        status,
        null,
        null,
        null,
        null,
        null,
        1,
        null,
        null,
        null,
        null);
  }

  static Scorecard henan(List<ObligationRow> rows) {
    return ScorecardRules.compute(
        "410000", Side.OUTFLOW, Q2, NATIONAL, BOOK, rows, code -> REGIONS.isWithin(code, "410000"));
  }

  static IndicatorLine line(Scorecard card, String id) {
    return card.lines().stream()
        .filter(l -> l.indicator().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aFailureCostsTheResponsibleRegionItsShareAndNoMore() {
    IndicatorLine rate =
        line(henan(List.of(answer("a", ObligationStatus.OVERDUE))), "verification-feedback-rate");

    assertThat(rate.failed()).isEqualTo(1);
    assertThat(rate.credit()).isEqualByComparingTo("0.2");
  }

  @Test
  void pendingAndWaivedObligationsAreCountedApartAndStayOutOfTheRate() {
    IndicatorLine rate =
        line(
            henan(
                List.of(
                    answer("a", ObligationStatus.MET_ON_TIME),
                    answer("b", ObligationStatus.OPEN),
                    answer("c", ObligationStatus.WAIVED))),
            "verification-feedback-rate");

    assertThat(rate.obligations()).isEqualTo(1);
    assertThat(rate.pending()).isEqualTo(1);
    assertThat(rate.excluded()).isEqualTo(1);
    assertThat(rate.rate()).isEqualByComparingTo("1");
  }

  @Test
  void indicatorsWithoutObligationsPassTheirWeightToTheOthers() {
    Scorecard card = henan(List.of(answer("a", ObligationStatus.MET_ON_TIME)));

    // Only the two verification lines have obligations: both rate 1, so the score is 100.
    assertThat(card.score()).isEqualByComparingTo("100.00");
    assertThat(line(card, "certificate-issuance").rate()).isNull();
  }

  @Test
  void aRoleWithNoObligationsAtAllHasNoScore() {
    assertThat(henan(List.of()).score()).isNull();
  }

  @Test
  void theOwedRegionsLineCountsTheSameObligationFromTheOtherSide() {
    Scorecard wuxi =
        ScorecardRules.compute(
            "320200",
            Side.INFLOW,
            Q2,
            BOOK.inForce(Q2.end(), "320000"),
            BOOK,
            List.of(answer("a", ObligationStatus.OVERDUE)),
            code -> REGIONS.isWithin(code, "320200"));

    assertThat(line(wuxi, "verification-follow-up").credit()).isEqualByComparingTo("0.8");
  }

  @Test
  void givenManyRowsWhenScoredInGroupsThenEveryFigureEqualsScoringThemOneByOne() {
    Random random = new Random(20261207);
    List<String> kinds =
        List.of(
            "verification-answer",
            "certificate-verification",
            "certificate-issuance",
            "arrival-registration");
    List<String> divisions = List.of("410102", "410105", "320211", "320506", "320102");
    List<String> versions = List.of("national-2009.1", "jiangsu-2021.1");
    ObligationStatus[] statuses = ObligationStatus.values();
    List<ObligationRow> rows = new ArrayList<>();
    for (int i = 0; i < 30_000; i++) {
      ObligationRow row = answer("o" + i, statuses[random.nextInt(statuses.length)]);
      rows.add(
          new ObligationRow(
              row.obligationId(),
              row.personKey(),
              kinds.get(random.nextInt(kinds.size())),
              row.subject(),
              random.nextBoolean() ? Side.INFLOW : Side.OUTFLOW,
              divisions.get(random.nextInt(divisions.size())),
              divisions.get(random.nextInt(divisions.size())),
              row.opensOn(),
              row.dueOn(),
              versions.get(random.nextInt(versions.size())),
              row.openedBy(),
              row.period(),
              row.status(),
              row.evidence(),
              row.settledOn(),
              row.replacedBy(),
              row.waivedBy(),
              row.waiverReason(),
              row.lastPosition(),
              random.nextInt(4) == 0 ? "disputed" : null,
              row.disputedBy(),
              row.disputeReason(),
              row.disputeRuling()));
    }
    // Grouped as the read model's GROUP BY groups them.
    List<ObligationTally> groups =
        rows.stream()
            .map(ObligationTally::of)
            .collect(
                Collectors.groupingBy(
                    t ->
                        List.of(
                            t.kind(),
                            t.side(),
                            t.responsible(),
                            t.owed(),
                            t.status(),
                            t.policyVersion(),
                            t.openDispute()),
                    LinkedHashMap::new,
                    Collectors.toList()))
            .values()
            .stream()
            .map(
                same ->
                    new ObligationTally(
                        same.get(0).kind(),
                        same.get(0).side(),
                        same.get(0).responsible(),
                        same.get(0).owed(),
                        same.get(0).status(),
                        same.get(0).policyVersion(),
                        same.get(0).openDispute(),
                        same.size()))
            .toList();
    assertThat(groups).hasSizeLessThan(rows.size() / 4);

    for (String region : List.of("410000", "410100", "320000", "320200")) {
      EffectivePolicy policy = BOOK.inForce(Q2.end(), REGIONS.provinceOf(region));
      for (Side side : Side.values()) {
        Scorecard oneByOne =
            ScorecardRules.compute(
                region, side, Q2, policy, BOOK, rows, code -> REGIONS.isWithin(code, region));
        Scorecard grouped =
            ScorecardRules.compute(
                region,
                side,
                Q2,
                policy,
                ScorecardRules.byKind(groups),
                code -> REGIONS.isWithin(code, region),
                t -> ScorecardRules.shareOf(t.policyVersion(), t.kind(), BOOK));

        // Record equality: every count, and every decimal to its scale.
        assertThat(grouped).isEqualTo(oneByOne);
        assertThat(oneByOne.score()).isNotNull();
      }
    }
  }
}
