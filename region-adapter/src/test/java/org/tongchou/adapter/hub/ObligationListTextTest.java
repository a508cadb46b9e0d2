package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObligationListTextTest {

  @Test
  void eachObligationIsOneRowWithItsStatusAsAWordItsStandingAndItsCredit() {
    // given a line's two obligations, one met on time, one still open
    AssessmentQuery line =
        AssessmentQuery.of("320200", "2026-Q1", false)
            .withLine("inflow", "certificate-verification");

    // when they are printed
    var lines = ObligationListText.lines(line, AssessmentFixtures.listed());

    // then the pending one has no credit
    assertThat(lines)
        .containsExactly(
            "2 obligations behind inflow certificate-verification of 320200 for 2026-Q1, as of log position 57 (current)",
            "  obligation                                            kind                      status       due"
                + "         responsible  owed    standing  credit",
            "  certificate-verification/320211/320211-2026-000001#1  certificate-verification  met-on-time  2026-03-31"
                + "  320211       410102  counted   1.0000",
            "  certificate-verification/320214/320214-2026-000003#1  certificate-verification  open         2026-04-09"
                + "  320214       410103  pending        -");
  }
}
