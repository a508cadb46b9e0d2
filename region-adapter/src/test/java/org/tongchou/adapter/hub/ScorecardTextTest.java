package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.Scorecard;

class ScorecardTextTest {

  @Test
  void aScorecardIsAHeadingLineThenOneAlignedRowPerIndicatorWithDashesWhereTheLineHasNoRate() {
    // given Binhu's inflow card: one line with obligations, one with only pending ones
    // when it is printed
    var lines = ScorecardText.lines(AssessmentFixtures.scorecards(AssessmentFixtures.asOf(57, 57)));

    // then
    assertThat(lines)
        .containsExactly(
            "1 scorecards, as of log position 57 (current)",
            "",
            "320211 滨湖区  inflow  2026-Q1  policy national-2009.1+jiangsu-2021.1  score 50.00",
            "  indicator                 obligations  counted  failed  pending  excluded  credit    rate  points  weight",
            "  certificate-verification            2        1       1        0         0  1.0000  0.5000   50.00      20",
            "  birth-registration                  0        0       0        3         0  0.0000       -       -      15");
  }

  @Test
  void aScorecardWithoutAnyObligationSaysSoWhereTheScoreWouldBe() {
    Scorecard card =
        AssessmentFixtures.scorecards(AssessmentFixtures.asOf(1, 1)).getScorecards(0).toBuilder()
            .clearScore()
            .build();

    assertThat(ScorecardText.card(card).get(0))
        .endsWith("score -  (no indicator had an obligation in the period)");
  }

  @Test
  void anAnswerBehindTheLogSaysHowFarAndHowToWaitForIt() {
    var lines = ScorecardText.lines(AssessmentFixtures.scorecards(AssessmentFixtures.asOf(50, 57)));

    assertThat(lines.get(0))
        .isEqualTo(
            "1 scorecards, as of log position 50, behind the log (at 57): --catch-up waits until it is current");
  }
}
