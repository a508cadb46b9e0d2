package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.CoordinationClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code office waive OBLIGATION_ID --reason TEXT}. */
@Command(
    name = "waive",
    description =
        "Waives an obligation: it leaves every scorecard. Only an office whose jurisdiction holds the responsible"
            + " region; one already waived or reassigned is refused (OBLIGATION_FINAL).")
final class OfficeWaiveCommand extends OfficeActCommand {

  @Mixin ObligationArgument obligation;
  @Mixin ReasonOption reason;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new CoordinationClient(client).waive(obligation.id, reason.text);
  }
}
