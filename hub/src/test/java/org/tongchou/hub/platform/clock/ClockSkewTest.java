package org.tongchou.hub.platform.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClockSkewTest {

  private static final Instant T = Instant.parse("2026-12-06T12:00:00Z");
  private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

  @Test
  void theOffsetIsTakenAtTheMidpointOfTheRoundTripAndHalfOfItIsTheUncertainty() {
    ClockSkew skew = ClockSkew.measure(T, T.minusSeconds(600).plusMillis(50), T.plusMillis(100));

    assertThat(skew.offset()).isEqualTo(Duration.ofSeconds(600));
    assertThat(skew.uncertainty()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void aNodeTenMinutesAheadOfTheDatabaseIsRefusedNamingTheOffsetTheSettingAndTheRemedy() {
    ClockSkew skew = ClockSkew.measure(T, T.minusSeconds(600), T);

    assertThat(skew.refusal(FIVE_SECONDS, "data source dataSource"))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal)
                    .contains("600.0 s ahead of the database's (data source dataSource)")
                    .contains("tongchou.clock.max-skew (5.0 s)")
                    .contains("NTP"));
  }

  @Test
  void aNodeTenMinutesBehindTheDatabaseIsRefusedAsBehind() {
    ClockSkew skew = ClockSkew.measure(T, T.plusSeconds(600), T);

    assertThat(skew.refusal(FIVE_SECONDS, "db"))
        .hasValueSatisfying(
            refusal -> assertThat(refusal).contains("600.0 s behind the database's"));
  }

  @Test
  void aSkewWithinTheAllowanceOrWithinTheReadingsUncertaintyIsNoRefusal() {
    assertThat(ClockSkew.measure(T, T.minusSeconds(4), T).refusal(FIVE_SECONDS, "db")).isEmpty();
    // 6 s off by the midpoint, but the database may have read its clock 2 s either side of it.
    assertThat(
            ClockSkew.measure(T, T.minusSeconds(4), T.plusSeconds(4)).refusal(FIVE_SECONDS, "db"))
        .isEmpty();
  }
}
