package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit}: what an auditor does with the hub, each a subcommand run with auditor credentials. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Auditors' commands (an auditor credential: hub credentials issue --auditor).",
    subcommands = {AuditReplayCommand.class, AuditDiffCommand.class})
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }
}
