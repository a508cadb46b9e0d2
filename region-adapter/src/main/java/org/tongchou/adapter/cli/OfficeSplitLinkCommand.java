package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.IdentitiesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code office split-link LINK_ID --reason TEXT}. */
@Command(
    name = "split-link",
    description =
        "Splits a confirmed link: from now on the alias number's facts are its own again; nothing recorded"
            + " before moves. Who may: a registration region of either person or an office over one.")
final class OfficeSplitLinkCommand extends OfficeActCommand {

  @Mixin LinkArgument link;
  @Mixin ReasonOption reason;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new IdentitiesClient(client).split(link.id, reason.text);
  }
}
