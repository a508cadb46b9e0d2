package org.tongchou.hub.workbench.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tongchou.hub.policy.domain.CoveragePeriod;

/** The periods a page offers: the current quarter by default, and the twelve up to a period. */
final class Periods {

  private Periods() {}

  static String orCurrent(String period, Clock clock) {
    return period == null || period.isBlank()
        ? CoveragePeriod.QUARTER.label(LocalDate.now(clock))
        : period.trim();
  }

  /**
   * The twelve periods of the same length that end with {@code period}, oldest first; just {@code
   * period} when it names none (the RPC then says what is wrong with it).
   */
  static List<String> lastTwelve(String period) {
    return CoveragePeriod.parse(period)
        .map(
            p -> {
              List<String> labels = new ArrayList<>();
              LocalDate day = p.start();
              for (int i = 0; i < 12; i++) {
                labels.add(p.period().label(day));
                day = p.period().start(day.minusDays(1));
              }
              Collections.reverse(labels);
              return labels;
            })
        .orElse(List.of(period));
  }
}
