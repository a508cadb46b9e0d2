package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  static final long SECOND = 1_000_000_000L;

  @Test
  void theTimeLeftIsWhatRemainsAtTheRateOfThisRun() {
    assertThat(ConsoleProgress.eta(1_000, 3_600_000, 10 * SECOND))
        .isEqualTo(", 100 facts/s, about 10h 00m left");
    assertThat(ConsoleProgress.eta(1_000, 1_500, 10 * SECOND))
        .isEqualTo(", 100 facts/s, about 15s left");
    assertThat(ConsoleProgress.eta(600, 6_100, 60 * SECOND))
        .isEqualTo(", 10 facts/s, about 10m 10s left");
  }

  @Test
  void beforeAnythingIsDoneTheTimeLeftIsNotKnown() {
    assertThat(ConsoleProgress.eta(0, 100, 5 * SECOND)).isEqualTo(", time left not known yet");
  }
}
