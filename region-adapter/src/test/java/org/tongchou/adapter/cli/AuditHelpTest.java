package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditHelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"replay", "diff", "replay-statistics", "replay-timelines"})
  void everyAuditSubcommandPrintsItsUsageOnHelpAndExitsZero(String subcommand) {
    CommandRun run = CommandRun.of("audit", subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: region-adapter audit " + subcommand,
            "--hub",
            "--token-file",
            "--position",
            "--at",
            "--published",
            "Exit codes:");
  }

  @Test
  void auditAloneListsItsSubcommandsAndIsNotDone() {
    CommandRun run = CommandRun.of("audit");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_DONE);
    assertThat(run.err()).contains("replay", "diff", "replay-statistics", "replay-timelines");
  }
}
