package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.ConflictListText;
import org.tongchou.adapter.hub.CoordinationClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code office conflicts --region CODE [--status STATUS]}: what there is to rule on. */
@Command(
    name = "conflicts",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the residence conflicts with either claim within the region, oldest first, one a row:",
      "  CONFLICT  PERSON  STATUS  OVERLAP FROM  EXISTING  CLAIMED  PROVISIONAL  ESCALATED TO  FINAL ON  RESIDENCE",
      "CONFLICT and PERSON (a pseudonymous key) are what `rule-conflict` takes; FINAL ON is the day an open conflict"
          + " becomes final under the policy in force. The read is kept in the hub's access log."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the hub refused the request (a region outside your jurisdiction is PERMISSION_DENIED on region,"
          + " reason OUTSIDE_JURISDICTION; a bad status names the field)",
      "2:bad usage (naming the option), the hub could not be reached or did not accept the credential"
    })
final class OfficeConflictsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(
      names = "--region",
      required = true,
      paramLabel = "CODE",
      description = "Division code: conflicts with either claim within it.")
  String region;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      defaultValue = "",
      description = "Only these: open, ruled, final or withdrawn (default: all).")
  String status;

  @Mixin CatchUpOption catchUp;

  @Override
  public Integer call() {
    try (HubClient client = hub.connect()) {
      ConflictListText.lines(
              region, new CoordinationClient(client).conflicts(region, status, catchUp.wait))
          .forEach(spec.commandLine().getOut()::println);
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report(spec.name(), e, spec.commandLine().getErr());
    }
  }
}
