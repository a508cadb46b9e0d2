package org.tongchou.workload.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MissingDeliveriesTest {

  @Test
  void givenAFeedThatDeliveredUpTo100ThenAFactStoredAfterIsLateAndOneStoredBeforeWasSkipped() {
    MissingDeliveries missing =
        MissingDeliveries.classify(
            List.of("late", "skipped", "edge", "absent"),
            Map.of("late", 101L, "skipped", 40L, "edge", 100L, "delivered", 90L),
            100);

    assertThat(missing).isEqualTo(new MissingDeliveries(1, 2, 1));
    assertThat(missing.total()).isEqualTo(4);
    assertThat(missing.lost()).isEqualTo(3);
  }

  @Test
  void givenNothingMissingThenNothingIsLateOrLostAndSumsAddUp() {
    assertThat(MissingDeliveries.classify(List.of(), Map.of("a", 1L), 0))
        .isEqualTo(MissingDeliveries.NONE);
    assertThat(new MissingDeliveries(1, 2, 3).plus(new MissingDeliveries(10, 20, 30)))
        .isEqualTo(new MissingDeliveries(11, 22, 33));
  }
}
