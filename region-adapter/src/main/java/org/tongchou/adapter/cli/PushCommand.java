package org.tongchou.adapter.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.tongchou.adapter.facts.FactFile;
import org.tongchou.adapter.facts.FactFileReader;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.PushResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code push FILE}: sends a FACTS.md file to the hub and reports every refusal by line. */
@Command(
    name = "push",
    mixinStandardHelpOptions = true,
    description = {
      "Pushes a FACTS.md JSON Lines file to the hub. Safe to repeat: facts already recorded come back"
          + " as duplicates. Prints counts, then one line per refusal: line, recordId, field, code, reason."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every fact accepted or a duplicate",
      "1:some lines were refused (the others went through)",
      "2:some facts could not be sent: hub unreachable, credential refused, bad usage"
    })
final class PushCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The JSON Lines file, UTF-8, one fact per line.")
  Path file;

  @Mixin HubOptions hub;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description = "The region you push as, for the summary; the hub decides from the token.")
  String region;

  @Mixin PushOptions pushing;

  @Override
  public Integer call() throws InterruptedException {
    pushing.validate();
    FactFile facts;
    try {
      facts = new FactFileReader().read(file);
    } catch (IOException e) {
      spec.commandLine().getErr().println("push: cannot read " + file + ": " + e);
      return ExitCodes.NOT_DONE;
    }
    PushResult result;
    ConsoleProgress progress =
        new ConsoleProgress(spec.commandLine().getErr(), 1, facts.facts().size());
    try (HubClient client = hub.connect()) {
      result = pushing.pusher(client).push(facts.facts(), progress.stream(0));
    } finally {
      progress.finish();
    }
    PushSummary summary = new PushSummary(facts.refusals(), result);
    summary.print(
        spec.commandLine().getOut(),
        "Pushed " + file + " as region " + region + " to " + hub.address);
    result
        .failure()
        .ifPresent(
            why ->
                spec.commandLine()
                    .getErr()
                    .println("push: " + result.notSent() + " facts were not sent: " + why));
    return summary.exitCode();
  }
}
