package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void theObligationKeepsOnlyItsSetFieldsInTheContractsOrderWithEnumsAsWords() {
    Explanation explanation = AssessmentFixtures.explanation();

    assertThat(explanation.obligation())
        .containsKeys("obligation_id", "status", "evidence", "settled_on")
        .doesNotContainKeys("replaced_by", "waived_by", "dispute", "period");
    assertThat(explanation.obligation())
        .containsEntry("side", "inflow")
        .containsEntry("status", "met-on-time");
    assertThat(explanation.obligation().keySet()).startsWith("obligation_id", "kind", "side");
  }

  @Test
  void eachEventBecomesAFeedEntryAtItsReceiptsPositionWithTheReceiptBesideIt() {
    Explanation.Event opened = AssessmentFixtures.explanation().events().get(0);

    assertThat(opened.changes().position()).isEqualTo(12);
    assertThat(opened.changes().cause()).isEqualTo("320211/320211-2026-000001");
    assertThat(opened.changes().changes())
        .extracting(FeedEntry.Obligation.Change::change)
        .containsExactly("opened");
    assertThat(opened.recordedAt()).isEqualTo(AssessmentFixtures.RECORDED);
    assertThat(opened.personSequence()).isEqualTo(2);
    assertThat(opened.hash()).hasSize(64);
  }

  @Test
  void theFactsReadAsATimelinePrintsThem() {
    assertThat(AssessmentFixtures.explanation().facts())
        .singleElement()
        .asString()
        .startsWith(
            "#1  2026-03-01  320211  ArrivalRegistered  320211-2026-000001  position 11  hash abababababab");
  }
}
