package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The simulation's random choices, all from one seeded source, so that a seed replays them all. */
final class Draws {

  private final Random random;

  Draws(long seed) {
    this.random = new Random(seed);
  }

  Random random() {
    return random;
  }

  /** True with probability {@code rate}: never for 0, always for 1. */
  boolean chance(double rate) {
    return random.nextDouble() < rate;
  }

  /** A fraction in [0, 1). */
  double fraction() {
    return random.nextDouble();
  }

  /** A whole number from {@code low} to {@code high}, both included. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A day from {@code first} to {@code last}, both included. */
  LocalDate dayIn(LocalDate first, LocalDate last) {
    return first.plusDays(random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
