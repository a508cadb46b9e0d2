package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.TimelineText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code timeline ID_NUMBER}: what the hub holds about one person. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description =
        "Prints a person's timeline: residences, conflicts, and every recorded fact with its receipt.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "1:the hub refused the request (not found, not allowed, invalid ID number)",
      "2:the hub could not be reached or did not accept the credential"
    })
final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "ID_NUMBER",
      description = "The person's 18-character (or legacy 15-digit) ID number.")
  String idNumber;

  @Mixin HubOptions hub;

  @Option(
      names = "--purpose",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Why you read this person's data; kept in the hub's access log.")
  String purpose;

  @Override
  public Integer call() {
    try (HubClient client = hub.connect()) {
      TimelineText.lines(client.timeline(idNumber, purpose))
          .forEach(spec.commandLine().getOut()::println);
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report("timeline", e, spec.commandLine().getErr());
    }
  }
}
