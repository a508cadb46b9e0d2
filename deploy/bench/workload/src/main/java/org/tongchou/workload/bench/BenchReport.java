package org.tongchou.workload.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The figures of one bench run, printed as a Markdown table that can be pasted into BENCHMARKS.md;
 * one row per run, so that runs can be appended under each other.
 *
 * @param date the day of the run
 * @param runId the run's id (also in the record ids it pushed)
 * @param facts facts pushed
 * @param persons persons they were about
 * @param streams parallel Submit streams
 * @param batchSize facts per batch, also the JDBC batch size
 * @param hubFactsPerSecond facts answered per second, first send to last answer
 * @param rawRowsPerSecond the raw JDBC baseline, if measured
 */
public record BenchReport(
    LocalDate date,
    String runId,
    int facts,
    int persons,
    int streams,
    int batchSize,
    double hubFactsPerSecond,
    OptionalDouble rawRowsPerSecond) {

  /** Header, alignment row and this run's row. */
  public List<String> markdown() {
    String raw =
        rawRowsPerSecond.isPresent() ? rate(rawRowsPerSecond.getAsDouble()) : "not measured";
    String ratio =
        rawRowsPerSecond.isPresent() && rawRowsPerSecond.getAsDouble() > 0
            ? String.format(Locale.ROOT, "%.3f", hubFactsPerSecond / rawRowsPerSecond.getAsDouble())
            : "-";
    return List.of(
        "| date | run | facts | persons | streams | batch | hub facts/s | raw JDBC rows/s | hub/raw |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
        String.format(
            Locale.ROOT,
            "| %s | %s | %d | %d | %d | %d | %s | %s | %s |",
            date,
            runId,
            facts,
            persons,
            streams,
            batchSize,
            rate(hubFactsPerSecond),
            raw,
            ratio));
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%.0f", perSecond);
  }
}
