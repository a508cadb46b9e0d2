package org.tongchou.workload.cli;

import org.tongchou.adapter.hub.FactPusher;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What a {@code bench-feed} run pushes and how long it waits. */
final class FeedBenchOptions {

  @Option(
      names = "--region",
      required = true,
      paramLabel = "COUNTY_CODE",
      description = "County the arrivals are registered in; must be in the token's jurisdiction.")
  String region;

  @Option(
      names = "--rate",
      required = true,
      paramLabel = "R",
      description = "Facts pushed per second, steadily.")
  double rate;

  @Option(names = "--seconds", required = true, paramLabel = "S", description = "How long to push.")
  int seconds;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "1",
      description =
          "Facts per SubmitRequest, 1 to "
              + FactPusher.MAX_BATCH_SIZE
              + " (default ${DEFAULT-VALUE}: no batching delay).")
  int batchSize;

  @Option(
      names = "--grace",
      paramLabel = "SECONDS",
      defaultValue = "10",
      description =
          "How long after the push to wait for facts still to arrive (default ${DEFAULT-VALUE}).")
  int graceSeconds;

  @Option(
      names = "--after",
      paramLabel = "POSITION",
      defaultValue = "0",
      description =
          "Start reading the feed after this position, e.g. a recent checkpoint's, to reach its end sooner"
              + " (default ${DEFAULT-VALUE}: reads the whole feed first).")
  long after;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Random seed, to draw the same persons and dates again (default: random).")
  Long seed;

  /** Checks the values before anything is generated; bad ones are usage errors (exit 2). */
  void validate(CommandSpec spec) {
    if (!(rate > 0) || seconds < 1 || graceSeconds < 0 || after < 0) {
      throw new ParameterException(
          spec.commandLine(), "need --rate > 0, --seconds >= 1, --grace >= 0 and --after >= 0");
    }
    if (batchSize < 1 || batchSize > FactPusher.MAX_BATCH_SIZE) {
      throw new ParameterException(
          spec.commandLine(), "--batch-size must be 1 to " + FactPusher.MAX_BATCH_SIZE);
    }
  }
}
