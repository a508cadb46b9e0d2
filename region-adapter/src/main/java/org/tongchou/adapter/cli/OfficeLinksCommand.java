package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.IdentitiesClient;
import org.tongchou.adapter.hub.LinkListText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code office links [--jurisdiction CODE] [--status STATUS]}: link requests to act on. */
@Command(
    name = "links",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the identity link requests you are a party to (you asked, or you are or are over an owner who must"
          + " confirm), oldest first, one a row:",
      "  LINK  STATUS  REQUESTED BY  MUST CONFIRM  APPROVED BY  REQUESTED AT  DECIDED BY  DECIDED AT",
      "LINK is what `confirm-link`, `decline-link` and `split-link` take. A request you are no party to is not"
          + " listed. The read is kept in the hub's access log."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the hub refused the request (a jurisdiction outside your own is PERMISSION_DENIED, reason"
          + " OUTSIDE_JURISDICTION; a bad status names the field)",
      "2:bad usage (naming the option), the hub could not be reached or did not accept the credential"
    })
final class OfficeLinksCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(
      names = "--jurisdiction",
      paramLabel = "CODE",
      defaultValue = "",
      description = "Division code: requests with a party within it (default: your jurisdiction).")
  String jurisdiction;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      defaultValue = "",
      description = "Only these: pending, linked, declined or split (default: all).")
  String status;

  @Mixin CatchUpOption catchUp;

  @Override
  public Integer call() {
    try (HubClient client = hub.connect()) {
      LinkListText.lines(new IdentitiesClient(client).requests(jurisdiction, status, catchUp.wait))
          .forEach(spec.commandLine().getOut()::println);
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report(spec.name(), e, spec.commandLine().getErr());
    }
  }
}
