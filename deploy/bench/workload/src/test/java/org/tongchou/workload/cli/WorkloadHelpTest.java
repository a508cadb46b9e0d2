package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongchou.adapter.cli.CommandRun;

class WorkloadHelpTest {

  @ParameterizedTest
  @ValueSource(strings = {"bench", "bench-feed"})
  void theBenchesPrintTheirUsageWithTheHubOptionsOnHelp(String subcommand) {
    CommandRun run = CommandRun.with(Workload::commandLine, subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: tongchou-workload " + subcommand, "--hub", "--token-file", "Exit codes:");
  }

  @Test
  void simulateNeedsNoHubAndPrintsItsUsageOnHelp() {
    CommandRun run = CommandRun.with(Workload::commandLine, "simulate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: tongchou-workload simulate", "--seed", "--flows", "--late-rate", "Exit codes:")
        .doesNotContain("--hub");
  }

  @Test
  void withoutASubcommandItListsTheToolsAndExitsTwo() {
    CommandRun run = CommandRun.with(Workload::commandLine);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: tongchou-workload", "simulate", "bench", "bench-feed");
  }
}
