package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.CoordinationClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code office rule-dispute OBLIGATION_ID (--upheld-for CODE | --dismissed) --reason TEXT}. */
@Command(
    name = "rule-dispute",
    description =
        "Rules on a disputed obligation: upheld, it is reassigned at once to the region named and stays with it"
            + " whatever later facts say; dismissed, nothing changes. Only an office over the responsible region"
            + " (and over the one named); without a dispute waiting it is refused (NO_OPEN_DISPUTE).")
final class OfficeRuleDisputeCommand extends OfficeActCommand {

  @Mixin ObligationArgument obligation;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Ruling ruling;

  @Mixin ReasonOption reason;

  /** Upheld for a region, or dismissed: one of the two. */
  static final class Ruling {

    @Option(
        names = "--upheld-for",
        paramLabel = "CODE",
        description = "Uphold the dispute: this region (division code) is responsible instead.")
    String upheldFor;

    @Option(names = "--dismissed", description = "Dismiss the dispute: the duty stays where it is.")
    boolean dismissed;
  }

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new CoordinationClient(client)
        .ruleOnDispute(obligation.id, ruling.upheldFor, reason.text);
  }
}
