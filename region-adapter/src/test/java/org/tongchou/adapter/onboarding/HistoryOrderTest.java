package org.tongchou.adapter.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.adapter.onboarding.HistoryFixtures.LI;
import static org.tongchou.adapter.onboarding.HistoryFixtures.WANG;
import static org.tongchou.adapter.onboarding.HistoryFixtures.correction;
import static org.tongchou.adapter.onboarding.HistoryFixtures.service;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryOrderTest {

  static List<String> recordIds(List<SourcedFact> facts) {
    return facts.stream().map(f -> f.fact().recordId()).toList();
  }

  @Test
  void factsAreGroupedByPersonAndEachPersonsFactsFollowTheirBusinessDates() {
    List<SourcedFact> file =
        List.of(
            service(1, "w-2", WANG, "2026-03-05"),
            service(2, "l-1", LI, "2026-02-01"),
            service(3, "w-1", WANG, "2026-01-10"),
            service(4, "l-2", LI, "2026-04-01"),
            service(5, "w-3", WANG, "2026-03-05"));

    // Wang's first date (10 January) comes before Li's (1 February); one date keeps file order.
    assertThat(recordIds(HistoryOrder.of(file))).containsExactly("w-1", "w-2", "w-3", "l-1", "l-2");
  }

  @Test
  void aCorrectionDatedBeforeTheRecordItCorrectsStillComesAfterIt() {
    List<SourcedFact> file =
        List.of(
            correction(1, "w-fix", "w-1", WANG, "2026-01-01"),
            service(2, "w-1", WANG, "2026-03-01"),
            service(3, "w-0", WANG, "2026-02-01"));

    assertThat(recordIds(HistoryOrder.of(file))).containsExactly("w-0", "w-1", "w-fix");
  }

  @Test
  void theOrderDependsOnTheFactsAloneNotOnTheOrderOfPersonsInTheFiles() {
    List<SourcedFact> one =
        List.of(service(1, "l-1", LI, "2026-01-01"), service(2, "w-1", WANG, "2026-01-01"));
    List<SourcedFact> other =
        List.of(service(1, "w-1", WANG, "2026-01-01"), service(2, "l-1", LI, "2026-01-01"));

    assertThat(recordIds(HistoryOrder.of(one))).isEqualTo(recordIds(HistoryOrder.of(other)));
  }
}
