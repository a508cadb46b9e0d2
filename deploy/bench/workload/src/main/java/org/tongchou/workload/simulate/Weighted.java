package org.tongchou.workload.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Draws one of several values with probability proportional to its weight, in a fixed order. */
final class Weighted {

  private final List<String> values = new ArrayList<>();
  private final List<Long> cumulative = new ArrayList<>();
  private long total;

  /**
   * From values and weights in the map's own (sorted) order, so that a seed always draws the same.
   */
  Weighted(Map<String, Long> weights) {
    weights.forEach(
        (value, weight) -> {
          total += weight;
          values.add(value);
          cumulative.add(total);
        });
    if (total <= 0) {
      throw new IllegalArgumentException("no positive weight to draw from");
    }
  }

  String draw(Random random) {
    long ticket = random.nextLong(total);
    for (int i = 0; i < values.size(); i++) {
      if (ticket < cumulative.get(i)) {
        return values.get(i);
      }
    }
    throw new IllegalStateException("unreachable: ticket " + ticket + " of " + total);
  }
}
