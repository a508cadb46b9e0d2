package org.tongchou.workload.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tongchou.adapter.cli.ClockNote;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.adapter.hub.SteadyPush;
import org.tongchou.workload.bench.BenchSpec;
import org.tongchou.workload.bench.FeedBenchReport;
import org.tongchou.workload.bench.LatencyStats;

/**
 * The outcome of a {@code bench-feed} run as printed: push counts, how latency was taken, the
 * figures.
 */
final class FeedBenchSummary {

  private static final int REFUSALS_SHOWN = 10;

  private final SteadyPush.Result pushed;
  private final int missing;
  private final Optional<String> feedFailure;
  private final LatencyStats latency;
  private final FeedBenchReport report;

  FeedBenchSummary(
      BenchSpec bench,
      FeedBenchOptions run,
      SteadyPush.Result pushed,
      Map<String, Instant> arrivals,
      int missing,
      Optional<String> feedFailure) {
    this.pushed = pushed;
    this.missing = missing;
    this.feedFailure = feedFailure;
    List<Duration> latencies = new ArrayList<>();
    pushed
        .recordedAt()
        .forEach(
            (recordId, recordedAt) -> {
              Instant arrived = arrivals.get(recordId);
              if (arrived != null) {
                latencies.add(Duration.between(recordedAt, arrived));
              }
            });
    this.latency = LatencyStats.of(latencies);
    this.report =
        new FeedBenchReport(
            bench.today(),
            bench.runId(),
            run.rate,
            run.seconds,
            run.batchSize,
            latency,
            missing,
            run.graceSeconds);
  }

  void print(PrintWriter out, PrintWriter err, String hubAddress, String commandLine) {
    out.printf(
        "Pushed: accepted %d, duplicate %d, refused %d, unanswered %d%n",
        pushed.recordedAt().size(),
        pushed.duplicate(),
        pushed.refusals().size(),
        pushed.unanswered());
    pushed.refusals().stream()
        .limit(REFUSALS_SHOWN)
        .forEach(r -> err.println("bench-feed: refused " + r));
    pushed.failure().ifPresent(why -> err.println("bench-feed: the push stopped: " + why));
    feedFailure.ifPresent(why -> err.println("bench-feed: the feed stopped: " + why));
    out.println(
        "Latency = when the item arrived at this subscriber minus its receipt's recordedAt, which the hub sets"
            + " just before it commits (millisecond precision).");
    out.println(ClockNote.of(hubAddress));
    if (latency.min() < 0) {
      err.println(
          "bench-feed: some latencies are negative: the two clocks disagree, the figures are not valid");
    }
    out.printf(
        "Delivered %d of %d accepted facts (missing after %d s: %d); min %s ms%n",
        latency.count(),
        pushed.recordedAt().size(),
        report.graceSeconds(),
        missing,
        FeedBenchReport.millis(latency.min()));
    out.println();
    report.markdown().forEach(out::println);
    out.println();
    out.println("Command: " + commandLine);
  }

  int exitCode() {
    if (pushed.failure().isPresent() || pushed.unanswered() > 0 || feedFailure.isPresent()) {
      return ExitCodes.NOT_DONE;
    }
    return pushed.refusals().isEmpty() && missing == 0 ? ExitCodes.OK : ExitCodes.REFUSED;
  }
}
