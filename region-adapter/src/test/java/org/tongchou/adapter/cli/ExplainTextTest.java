package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.hub.AssessmentFixtures;
import org.tongchou.adapter.hub.Explanation;

class ExplainTextTest {

  private final Explanation explanation = AssessmentFixtures.explanation();
  private final List<String> lines = ExplainText.lines(explanation);

  @Test
  void theObligationComesFirstOneAlignedFieldALine() {
    assertThat(lines.get(0)).isEqualTo("Obligation " + AssessmentFixtures.OBLIGATION_ID);
    assertThat(lines)
        .contains(
            "  kind                certificate-verification",
            "  status              met-on-time",
            "  evidence            320211/320211-2026-000005");
  }

  @Test
  void eachEventReadsAsTailPrintsItWithItsReceiptUnderneath() {
    // given the explanation's first event, the opening
    Explanation.Event opened = explanation.events().get(0);

    // when the explanation is printed, then that event's line is tail's, and its receipt follows
    int at = lines.indexOf("  " + TailLine.of(opened.changes()));
    assertThat(at).isPositive();
    assertThat(lines.get(at + 1))
        .isEqualTo(
            "      receipt: person event #2, recorded 2026-03-20T08:00:00Z, hash "
                + "ab".repeat(32));
    assertThat(lines).contains("Events (2)");
  }

  @Test
  void theFactsFollowTheEventsAsTheTimelinePrintsThem() {
    int facts = lines.indexOf("Facts (1)");

    assertThat(facts).isGreaterThan(lines.indexOf("Events (2)"));
    assertThat(lines.get(facts + 1)).isEqualTo("  " + explanation.facts().get(0));
  }
}
