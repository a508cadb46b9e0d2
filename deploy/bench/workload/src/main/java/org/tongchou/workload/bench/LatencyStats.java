package org.tongchou.workload.bench;

import java.time.Duration;
import java.util.Collection;

/**
 * The distribution of a set of latencies, in milliseconds. Percentiles are nearest-rank: the p-th
 * percentile is the smallest value with at least p % of all values at or below it, always a value
 * that was measured. All NaN when there are none.
 *
 * @param count latencies measured
 */
public record LatencyStats(int count, double min, double p50, double p90, double p99, double max) {

  /** The statistics of {@code latencies}. */
  public static LatencyStats of(Collection<Duration> latencies) {
    double[] millis = latencies.stream().mapToDouble(d -> d.toNanos() / 1e6).sorted().toArray();
    if (millis.length == 0) {
      return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    return new LatencyStats(
        millis.length,
        millis[0],
        rank(millis, 0.50),
        rank(millis, 0.90),
        rank(millis, 0.99),
        millis[millis.length - 1]);
  }

  private static double rank(double[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }
}
