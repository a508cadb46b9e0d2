package org.tongchou.workload.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.tongchou.adapter.facts.MappedFact;

/** Splitting a bench run's persons over its streams, and naming the run. */
final class BenchStreams {

  private BenchStreams() {}

  /**
   * Deals persons round-robin to at most {@code streams} streams. A person's facts stay together
   * and in order on one stream: the hub applies facts in order only within a stream, and an arrival
   * must come before the services that depend on it.
   */
  static List<List<MappedFact>> split(List<List<MappedFact>> perPerson, int streams) {
    int count = Math.min(streams, perPerson.size());
    List<List<MappedFact>> split = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      split.add(new ArrayList<>());
    }
    for (int person = 0; person < perPerson.size(); person++) {
      split.get(person % count).addAll(perPerson.get(person));
    }
    return split;
  }

  /** A run id unique enough across runs: base-36 milliseconds plus 3 random characters. */
  static String runId() {
    String random = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);
    return Long.toString(System.currentTimeMillis(), 36)
        + "000".substring(random.length())
        + random;
  }
}
