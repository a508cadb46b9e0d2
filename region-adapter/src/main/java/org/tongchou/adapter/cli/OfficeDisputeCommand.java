package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.CoordinationClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code office dispute OBLIGATION_ID --reason TEXT}: a region's act, not an office's. */
@Command(
    name = "dispute",
    description =
        "With a region's credential: disputes that an obligation is the region's own; an office over it then rules"
            + " (`rule-dispute`). The obligation runs on meanwhile. Only the responsible region (or one above it)"
            + " may (NOT_RESPONSIBLE); an office's credential is refused (REGION_ONLY).")
final class OfficeDisputeCommand extends OfficeActCommand {

  @Mixin ObligationArgument obligation;
  @Mixin ReasonOption reason;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new CoordinationClient(client).dispute(obligation.id, reason.text);
  }
}
