package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code audit ...}: what an auditor does with the hub's history, with an auditor's credential. */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Auditor's commands: export the log with its hashes and signed checkpoints, verify an export"
        + " without the hub, and fetch the hub's public signing keys. See docs/AUDIT.md.",
    subcommands = {AuditExportCommand.class, AuditVerifyCommand.class, AuditKeysCommand.class})
final class AuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.NOT_DONE;
  }
}
