package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditWindowTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 10, 1_000})
  void grantedButUnconsumedItemsNeverExceedTheWindowAndNeverRunOut(int window) {
    CreditWindow credit = new CreditWindow(window);
    long granted = credit.initial();

    for (long consumed = 1; consumed <= 10L * window; consumed++) {
      granted += credit.consumed();

      assertThat(granted - consumed).as("after %d consumed", consumed).isBetween(1L, (long) window);
    }
  }

  @Test
  void creditIsGrantedHalfAWindowAtATime() {
    CreditWindow credit = new CreditWindow(10);
    List<Long> grants = new ArrayList<>();

    for (int i = 0; i < 12; i++) {
      grants.add(credit.consumed());
    }

    assertThat(credit.initial()).isEqualTo(10);
    assertThat(grants).containsExactly(0L, 0L, 0L, 0L, 5L, 0L, 0L, 0L, 0L, 5L, 0L, 0L);
  }
}
