package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.ReplayClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What the {@code audit} replays share: the hub, what to replay, and up to where. */
@Command(
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the hub refused the request (not an auditor, a bad region, period, position or policy version names the"
          + " field), or a replay as of a published scorecard did not reproduce its bytes",
      "2:bad usage, the hub could not be reached or did not accept the credential, or a file could not be written"
    })
abstract class ReplayingCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;
  @Mixin AsOfOptions asOf;

  @Option(
      names = "--region",
      paramLabel = "CODE",
      description = "Division code scored, 6 digits (not with --published).")
  String region;

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description = "A month 2026-03, a quarter 2026-Q1 or a year 2026 (not with --published).")
  String period;

  @Option(
      names = "--replay-timeout",
      paramLabel = "SECONDS",
      defaultValue = "3600",
      description = "Deadline of the whole replay (default ${DEFAULT-VALUE} s).")
  int replayTimeoutSeconds;

  @Override
  public final Integer call() {
    checkTarget();
    if (replayTimeoutSeconds < 1) {
      throw new ParameterException(spec.commandLine(), "--replay-timeout must be at least 1");
    }
    ReplayProgressLine progress = new ReplayProgressLine(spec.commandLine().getErr());
    try (HubClient client = hub.connect()) {
      return run(
          new ReplayClient(client, Duration.ofSeconds(replayTimeoutSeconds)),
          progress,
          spec.commandLine().getOut());
    } catch (HubCallException e) {
      progress.finish(spec.name(), 0, 0);
      return HubRefusal.report(spec.name(), e, spec.commandLine().getErr());
    }
  }

  /** Refuses a command line that does not say what to replay. */
  void checkTarget() {
    if (!asOf.isPublished() && (region == null || period == null)) {
      throw new ParameterException(
          spec.commandLine(), "give --region and --period, or --published");
    }
  }

  String region() {
    return region == null ? "" : region;
  }

  String period() {
    return period == null ? "" : period;
  }

  abstract int run(ReplayClient replay, ReplayProgressLine progress, PrintWriter out)
      throws HubCallException;
}
