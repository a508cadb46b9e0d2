package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatisticsTextTest {

  @Test
  void theFourSectionsFollowTheHeadingWithNamesLastAndAnEmptySexRatioAsADash() {
    // given Wuxi's year: one migrant in Binhu, one arrival, a boy born in Xinwu, half of a coverage
    // duty met
    // when printed
    var lines = StatisticsText.lines(AssessmentFixtures.statistics());

    // then
    assertThat(lines)
        .containsExactly(
            "Statistics of 320200 for 2026, rows by county, as of log position 57 (current)",
            "",
            "Stock on 2026-12-31: migrants living in each county",
            "  region  migrants  inter-provincial  name",
            "  320211         1                 1  滨湖区",
            "Flows in 2026: arrivals by registration (origin) and residence (destination)",
            "  origin  destination  arrivals",
            "  410102  320211              1",
            "Births in 2026 to migrant mothers, by where they live",
            "  region  boys  girls  sex ratio",
            "  320214     1      0          -",
            "Coverage duties settled in 2026",
            "  region  kind              due  met    rate",
            "  320211  service-coverage    2    1  0.5000");
  }
}
