package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.ActOutcome;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.PoliciesClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code office reevaluate --region CODE --period PERIOD --policy VERSION --reason TEXT}. */
@Command(
    name = "reevaluate",
    description =
        "Re-evaluates the obligations due in the period whose responsible region lies in --region under a policy"
            + " version: one whose terms or version change ends as reassigned, with a new one under the version,"
            + " and every person concerned gets an event naming the office, the period, the version and the reason."
            + " Prints how many persons and obligations were looked at and how many changed. An auditor's `audit"
            + " diff --right VERSION` shows beforehand what would change.")
final class OfficeReevaluateCommand extends OfficeActCommand {

  @Mixin DivisionOptions division;

  @Option(
      names = "--policy",
      required = true,
      paramLabel = "VERSION",
      description =
          "The version to apply: a national version, or national+override as obligations record them"
              + " (national-2026.1+jiangsu-2021.1).")
  String policy;

  @Mixin ReasonOption reason;

  @Override
  ActOutcome act(HubClient client) throws HubCallException {
    return new PoliciesClient(client)
        .reevaluate(division.region, division.period, policy, reason.text);
  }
}
