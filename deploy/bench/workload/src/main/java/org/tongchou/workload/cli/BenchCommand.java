package org.tongchou.workload.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import org.tongchou.adapter.cli.ConsoleProgress;
import org.tongchou.adapter.cli.ExitCodes;
import org.tongchou.adapter.cli.HubOptions;
import org.tongchou.adapter.cli.PushOptions;
import org.tongchou.adapter.cli.PushSummary;
import org.tongchou.adapter.facts.HistoryKeys;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.ParallelPush;
import org.tongchou.adapter.hub.PushResult;
import org.tongchou.adapter.onboarding.HistoryImport;
import org.tongchou.adapter.onboarding.HistoryOrder;
import org.tongchou.adapter.onboarding.ImportJournal;
import org.tongchou.adapter.onboarding.JournalException;
import org.tongchou.adapter.onboarding.SourcedFact;
import org.tongchou.workload.bench.BaselineException;
import org.tongchou.workload.bench.BenchFactGenerator;
import org.tongchou.workload.bench.BenchReport;
import org.tongchou.workload.bench.BenchSpec;
import org.tongchou.workload.bench.RawJdbcBaseline;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: pushes generated facts and, given the hub's database, compares the rate with plain
 * JDBC inserts of the same event rows. Prints a Markdown row for BENCHMARKS.md.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description =
        "Generates N valid facts for P persons (an arrival in --region first, then services and"
            + " agreements), pushes them over S parallel streams and reports facts/s. With --jdbc-url, then times"
            + " raw JDBC inserts of the same event rows, in batches of --batch-size, into the scratch table"
            + " bench_scratch_event, and reports the ratio hub/raw as a Markdown row for BENCHMARKS.md.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured",
      "1:the hub refused generated facts",
      "2:facts not sent or baseline not measured"
    })
final class BenchCommand implements Callable<Integer> {

  /** The hub judges dates in China time: no generated fact may be dated on or after its today. */
  static final ZoneId HUB_ZONE = ZoneId.of("Asia/Shanghai");

  /** Facts between two checkpoints of {@code --as-import}: the command's default. */
  static final int IMPORT_CHUNK = 10_000;

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "COUNTY_CODE",
      description = "County the facts are reported from; must be in the token's jurisdiction.")
  String region;

  @Option(names = "--facts", required = true, paramLabel = "N", description = "Facts to push.")
  int facts;

  @Option(
      names = "--persons",
      required = true,
      paramLabel = "P",
      description = "Persons they are about (P <= N).")
  int persons;

  @Mixin PushOptions pushing;

  @Option(
      names = "--streams",
      paramLabel = "S",
      defaultValue = "4",
      description = "Parallel Submit streams, persons split among them (default ${DEFAULT-VALUE}).")
  int streams;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Random seed, to draw the same persons and dates again (default: random).")
  Long seed;

  @Option(
      names = "--as-import",
      description =
          "Send the facts as `import` does (ordered by person and date, chunks of 10,000 over the"
              + " streams, outcomes journaled in a temporary directory, batches marked as an import)"
              + " instead of as `push` does; the rate then includes the journal.")
  boolean asImport;

  @ArgGroup(exclusive = false)
  JdbcOptions jdbc;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    BenchSpec bench = spec();
    List<List<MappedFact>> perStream =
        BenchStreams.split(new BenchFactGenerator(bench).generate(), streams);
    out.printf(
        "Bench run %s: %d facts for %d persons in %s over %d streams, batch %d, seed %d%n",
        bench.runId(), facts, persons, region, perStream.size(), pushing.batchSize, bench.seed());
    PushResult result = asImport ? imported(perStream) : push(perStream);
    PushSummary summary = new PushSummary(List.of(), result);
    summary.print(out, "Hub answers:");
    result
        .failure()
        .ifPresent(
            why ->
                spec.commandLine()
                    .getErr()
                    .println("bench: " + result.notSent() + " facts were not sent: " + why));
    // The baseline copies the rows this run just wrote; after a failed push they are not all there.
    OptionalDouble raw =
        jdbc == null || summary.exitCode() == ExitCodes.NOT_DONE
            ? OptionalDouble.empty()
            : baseline(bench);
    double seconds = (result.lastAnswerNanos() - result.firstSendNanos()) / 1e9;
    double hubRate = seconds > 0 ? result.answered() / seconds : 0;
    out.println();
    new BenchReport(
            bench.today(),
            bench.runId(),
            facts,
            persons,
            perStream.size(),
            pushing.batchSize,
            hubRate,
            raw)
        .markdown()
        .forEach(out::println);
    return jdbc != null && raw.isEmpty() ? ExitCodes.NOT_DONE : summary.exitCode();
  }

  private PushResult push(List<List<MappedFact>> perStream) throws InterruptedException {
    ConsoleProgress progress =
        new ConsoleProgress(spec.commandLine().getErr(), perStream.size(), facts);
    try (HubClient client = hub.connect()) {
      return ParallelPush.pushAll(pushing.pusher(client), perStream, progress::stream);
    } finally {
      progress.finish();
    }
  }

  /**
   * The same facts through {@link HistoryImport}, as {@code import} sends them; the answer as a
   * push's, timed from the first send to the last outcome journaled.
   */
  private PushResult imported(List<List<MappedFact>> perStream) throws InterruptedException {
    List<SourcedFact> sourced = new ArrayList<>();
    perStream.forEach(stream -> stream.forEach(f -> sourced.add(new SourcedFact(0, f))));
    List<SourcedFact> ordered = HistoryOrder.of(sourced);
    ConsoleProgress progress =
        ConsoleProgress.withEta(spec.commandLine().getErr(), "imported %,d of %,d facts");
    try (HubClient client = hub.connect()) {
      Path state = Files.createTempDirectory("tongchou-bench-import");
      ImportJournal journal =
          ImportJournal.open(
              state,
              HistoryKeys.digest(ordered.stream().map(SourcedFact::fact).toList()),
              ordered.size());
      long started = System.nanoTime();
      HistoryImport.Result r =
          new HistoryImport(pushing.pusher(client), streams, IMPORT_CHUNK)
              .run(ordered, journal, progress::reached);
      long ended = System.nanoTime();
      return new PushResult(
          (int) r.accepted(),
          (int) r.duplicate(),
          (int) r.refused(),
          (int) r.notSent(),
          List.of(),
          List.of(),
          r.failure(),
          started,
          ended);
    } catch (IOException | JournalException e) {
      throw new ParameterException(spec.commandLine(), "bench --as-import: " + e.getMessage());
    } finally {
      progress.finish();
    }
  }

  private OptionalDouble baseline(BenchSpec bench) {
    try {
      RawJdbcBaseline.Result baseline = jdbc.measure(facts, pushing.batchSize, bench.runId());
      spec.commandLine()
          .getOut()
          .printf(
              "Raw JDBC baseline: the %d most recent rows of domain_event_entry,"
                  + " re-inserted into %s%n",
              baseline.rows(), "bench_scratch_event");
      return OptionalDouble.of(baseline.rowsPerSecond());
    } catch (BaselineException e) {
      spec.commandLine().getErr().println("bench: baseline not measured: " + e.getMessage());
      return OptionalDouble.empty();
    }
  }

  private BenchSpec spec() {
    pushing.validate();
    if (streams < 1) {
      throw new ParameterException(spec.commandLine(), "--streams must be at least 1");
    }
    long drawn = seed != null ? seed : ThreadLocalRandom.current().nextLong();
    try {
      return new BenchSpec(
          BenchStreams.runId(), region, facts, persons, drawn, LocalDate.now(HUB_ZONE));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
