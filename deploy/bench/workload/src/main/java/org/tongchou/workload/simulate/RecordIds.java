package org.tongchou.workload.simulate;

/**
 * Record ids {@code sim-<seed>-<n>}, n counting every generated fact. Zero-padded, so that ids sort
 * as they were made: a file sorted by (occurredOn, recordId) keeps one person's facts of one day in
 * the order they happened (an arrival before the service of the same day).
 */
final class RecordIds {

  private final long seed;
  private int made;

  RecordIds(long seed) {
    this.seed = seed;
  }

  String next() {
    return String.format("sim-%d-%08d", seed, ++made);
  }
}
