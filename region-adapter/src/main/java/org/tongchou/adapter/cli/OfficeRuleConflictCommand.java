package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.CoordinationClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code office rule-conflict CONFLICT_ID --person KEY --residence-region CODE --reason TEXT}. */
@Command(
    name = "rule-conflict",
    description =
        "Rules on a residence conflict: on the contested days the person lived in the region named, one of the two"
            + " claims' regions. The timeline, and every duty that depends on where the person lived, follow at"
            + " once. Only an office over both regions (the conflict's escalation office or one above it); a"
            + " conflict already ruled, final or withdrawn is refused (CONFLICT_CLOSED).")
final class OfficeRuleConflictCommand extends OfficeActCommand {

  @Parameters(
      index = "0",
      paramLabel = "CONFLICT_ID",
      description =
          "The conflict's id, the two claims' record keys, the newer first: '320508/s-1|320211/a-1' (quote the |).")
  String conflictId;

  @Option(
      names = "--person",
      required = true,
      paramLabel = "KEY",
      description = "The person's pseudonymous key, as the feed and the conflict list give it.")
  String personKey;

  @Option(
      names = "--residence-region",
      required = true,
      paramLabel = "CODE",
      description = "Where the person lived on the contested days: one of the two claims' regions.")
  String residenceRegion;

  @Mixin ReasonOption reason;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new CoordinationClient(client)
        .ruleOnConflict(personKey, conflictId, residenceRegion, reason.text);
  }
}
