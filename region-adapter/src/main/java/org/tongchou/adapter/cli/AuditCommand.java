package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit ...}: what an auditor does with the hub's history, with an auditor's credential. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description =
        "An auditor's commands: export the log with its hashes and signed checkpoints and verify an export"
            + " without the hub (docs/AUDIT.md); fetch the hub's public signing keys; a person's history on both time axes;"
            + " the hub's access log (who read which personal data, when and why), verified entry by entry; replays of scorecards, statistics and residence timelines as of any time (scorecards and coverage under any policy version), and diffs. Reads of"
            + " personal data are themselves recorded in the access log. They need an auditor's credential"
            + " (`credentials issue --auditor`).",
    subcommands = {
      AuditExportCommand.class,
      AuditVerifyCommand.class,
      AuditKeysCommand.class,
      AuditHistoryCommand.class,
      AuditAccessLogCommand.class,
      AuditReplayCommand.class,
      AuditDiffCommand.class,
      AuditReplayStatisticsCommand.class,
      AuditReplayTimelinesCommand.class
    })
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }
}
