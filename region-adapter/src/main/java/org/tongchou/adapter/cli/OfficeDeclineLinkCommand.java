package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.IdentitiesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code office decline-link LINK_ID --reason TEXT}. */
@Command(
    name = "decline-link",
    description =
        "Declines a waiting request to link two ID numbers: nothing changes. Who may: as `confirm-link`.")
final class OfficeDeclineLinkCommand extends OfficeActCommand {

  @Mixin LinkArgument link;
  @Mixin ReasonOption reason;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new IdentitiesClient(client).decline(link.id, reason.text);
  }
}
