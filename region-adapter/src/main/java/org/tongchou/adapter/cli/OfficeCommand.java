package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code office ...}: what a coordination office does, one subcommand per act. */
@Command(
    name = "office",
    mixinStandardHelpOptions = true,
    description = {
      "A coordination office's acts, one a subcommand, with an office's credential (`hub credentials issue --office"
          + " CODE`, or `--office national`): rule on residence conflicts and disputes, waive duties,"
          + " confirm, decline or split links of two ID numbers, publish a policy, re-evaluate a period under one,"
          + " publish scorecards. The office acts within its jurisdiction only. A region disputes its own duties"
          + " with `office dispute` and its region credential; a region may also confirm, decline or split links"
          + " where it is a second party.",
      "`conflicts` lists what there is to rule on. Each act prints the record as the hub then holds it. Every act is an event in the persons' streams, naming the"
          + " credential's office or region and the reason."
    },
    subcommands = {
      OfficeConflictsCommand.class,
      OfficeRuleConflictCommand.class,
      OfficeDisputeCommand.class,
      OfficeRuleDisputeCommand.class,
      OfficeWaiveCommand.class,
      OfficeLinksCommand.class,
      OfficeConfirmLinkCommand.class,
      OfficeDeclineLinkCommand.class,
      OfficeSplitLinkCommand.class,
      OfficePublishPolicyCommand.class,
      OfficeReevaluateCommand.class,
      OfficePublishScorecardCommand.class
    })
final class OfficeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }
}
