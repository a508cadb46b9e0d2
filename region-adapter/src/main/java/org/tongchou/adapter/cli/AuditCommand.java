package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit}: what an auditor's credential reads and checks at the hub. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "An auditor's commands: a person's history on both time axes, and the hub's access log (who read"
        + " which personal data, when and why), verified entry by entry. Every one of them is itself recorded in the"
        + " access log. They need an auditor's credential (`credentials issue --auditor`).",
    subcommands = {AuditHistoryCommand.class, AuditAccessLogCommand.class})
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Without a subcommand there is nothing to do: show what there is. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }
}
