package org.tongchou.workload.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one feed latency run, as a Markdown table to paste into BENCHMARKS.md; one row per
 * run, so that runs can be appended under each other.
 *
 * @param date the day of the run
 * @param runId the run's id (also in the record ids it pushed)
 * @param rate facts pushed per second
 * @param seconds how long it pushed
 * @param batchSize facts per SubmitRequest
 * @param latency commit-to-delivery latencies of the facts that arrived
 * @param missing accepted facts that did not arrive within the grace period
 * @param graceSeconds how long after the push the bench waited for them
 */
public record FeedBenchReport(
    LocalDate date,
    String runId,
    double rate,
    int seconds,
    int batchSize,
    LatencyStats latency,
    int missing,
    int graceSeconds) {

  /** Header, alignment row and this run's row. */
  public List<String> markdown() {
    return List.of(
        "| date | run | facts/s | seconds | batch | delivered | p50 ms | p90 ms | p99 ms | max ms | missing after "
            + graceSeconds
            + " s |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %d | %d | %d | %s | %s | %s | %s | %d |",
            date,
            runId,
            rate(rate),
            seconds,
            batchSize,
            latency.count(),
            millis(latency.p50()),
            millis(latency.p90()),
            millis(latency.p99()),
            millis(latency.max()),
            missing));
  }

  /** Milliseconds with one decimal, or {@code -} when nothing was measured. */
  public static String millis(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
  }

  /** A rate as typed: no decimals when it is whole. */
  public static String rate(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
