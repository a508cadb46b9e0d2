package org.tongchou.workload.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.adapter.cli.HubOptions;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.hub.FeedSettings;
import org.tongchou.adapter.hub.FeedSubscriber;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.ReconnectPolicy;
import org.tongchou.adapter.hub.SteadyPush;
import org.tongchou.workload.bench.BenchFactGenerator;
import org.tongchou.workload.bench.BenchSpec;
import org.tongchou.workload.bench.FeedArrivals;
import org.tongchou.workload.bench.FeedBenchReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench-feed}: commit-to-delivery latency of the region's feed at a steady push rate. */
@Command(
    name = "bench-feed",
    mixinStandardHelpOptions = true,
    description =
        "Measures how long a fact takes from commit to delivery on the feed, at a steady load. Subscribes as"
            + " the token's region and reads to the feed's end (its first checkpoint); then pushes --rate new persons'"
            + " ArrivalRegistered facts per second in --region for --seconds, on one Submit stream, --batch-size facts per"
            + " request. Each fact concerns the pushing region, so it comes back on the same feed. Latency = the item's"
            + " arrival here minus its receipt's recordedAt (set by the hub just before it commits): both clocks must agree,"
            + " so run it on the hub's machine. Prints p50/p90/p99/max as a Markdown row for BENCHMARKS.md.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured; every accepted fact arrived",
      "1:facts were refused, or accepted facts did not arrive within --grace",
      "2:hub unreachable, credential refused, the push or the feed failed, bad usage"
    })
final class BenchFeedCommand implements Callable<Integer> {

  // A window far above rate x round trip, so that credit never holds delivery back; frequent
  // checkpoints so that the feed's end is found quickly.
  private static final FeedSettings FEED =
      new FeedSettings(1_000, Duration.ofMillis(500), ReconnectPolicy.DEFAULT);
  private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(10);
  private static final Duration ANSWER_GRACE = Duration.ofSeconds(30);

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;
  @Mixin FeedBenchOptions run;

  @Override
  public Integer call() throws InterruptedException {
    BenchSpec bench = bench();
    List<MappedFact> facts =
        new BenchFactGenerator(bench).generate().stream().flatMap(List::stream).toList();
    spec.commandLine()
        .getOut()
        .printf(
            "Feed bench run %s: %d new persons' ArrivalRegistered in %s at %s facts/s for %d s,"
                + " batch %d, seed %d%n",
            bench.runId(),
            facts.size(),
            run.region,
            FeedBenchReport.rate(run.rate),
            run.seconds,
            run.batchSize,
            bench.seed());
    try (HubClient client = hub.connect();
        FeedSubscriber feed = new FeedSubscriber(client, FEED)) {
      FeedArrivals arrivals =
          new FeedArrivals(facts.stream().map(MappedFact::recordId).collect(Collectors.toSet()));
      CompletableFuture<Void> following = feed.start(run.after, arrivals);
      following.whenComplete((ok, failure) -> arrivals.feedEnded());
      OptionalLong end = arrivals.awaitCaughtUp(CATCH_UP_LIMIT);
      if (end.isEmpty()) {
        String why =
            failure(following)
                .orElse("no checkpoint within " + CATCH_UP_LIMIT.toMinutes() + " minutes");
        spec.commandLine().getErr().println("bench-feed: the feed did not reach its end: " + why);
        return ExitCodes.NOT_DONE;
      }
      spec.commandLine()
          .getOut()
          .printf(
              "Read the feed to its end (checkpoint at position %d); pushing.%n", end.getAsLong());
      return pushAndTime(client, facts, arrivals, following, bench);
    }
  }

  private int pushAndTime(
      HubClient client,
      List<MappedFact> facts,
      FeedArrivals arrivals,
      CompletableFuture<Void> following,
      BenchSpec bench)
      throws InterruptedException {
    SteadyPush.Result pushed =
        new SteadyPush(client, run.batchSize).push(facts, run.rate, ANSWER_GRACE);
    int missing =
        arrivals.awaitAll(pushed.recordedAt().keySet(), Duration.ofSeconds(run.graceSeconds));
    FeedBenchSummary summary =
        new FeedBenchSummary(bench, run, pushed, arrivals.arrivals(), missing, failure(following));
    summary.print(
        spec.commandLine().getOut(), spec.commandLine().getErr(), hub.address, commandLine());
    return summary.exitCode();
  }

  private BenchSpec bench() {
    run.validate(spec);
    long facts = Math.round(run.rate * run.seconds);
    if (facts < 1 || facts > Integer.MAX_VALUE) {
      throw new ParameterException(
          spec.commandLine(), "--rate x --seconds must come to 1 fact or more, was " + facts);
    }
    long seed = run.seed != null ? run.seed : ThreadLocalRandom.current().nextLong();
    try {
      LocalDate today = LocalDate.now(BenchCommand.HUB_ZONE);
      return new BenchSpec(BenchStreams.runId(), run.region, (int) facts, (int) facts, seed, today);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Why the feed ended, if it did: it only ends by itself when it fails. */
  private static Optional<String> failure(CompletableFuture<Void> following) {
    return following.isDone()
        ? Optional.of(following.handle((ok, e) -> e == null ? "ended" : e.getMessage()).join())
        : Optional.empty();
  }

  /** The command as typed, quoted for a POSIX shell, to note beside the figures. */
  private String commandLine() {
    return "tongchou-workload "
        + spec.commandLine().getParseResult().originalArgs().stream()
            .map(a -> a.matches("[A-Za-z0-9_./:=@,+-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
            .collect(Collectors.joining(" "));
  }
}
