package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.IdentitiesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code office confirm-link LINK_ID}. */
@Command(
    name = "confirm-link",
    description =
        "Confirms a waiting request to link two ID numbers of one person. An office over both persons' owners"
            + " makes the link at once (status linked); one over only one of two owners approves it (status stays"
            + " requested, approved_by grows). The requester's own jurisdiction may not (NOT_SECOND_PARTY).")
final class OfficeConfirmLinkCommand extends OfficeActCommand {

  @Mixin LinkArgument link;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new IdentitiesClient(client).confirm(link.id);
  }
}
