package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "push",
        "timeline",
        "tail",
        "scorecards",
        "obligations",
        "explain",
        "statistics",
        "export",
        "bench",
        "bench-feed"
      })
  void everySubcommandPrintsItsUsageOnHelpAndExitsZero(String subcommand) {
    CommandRun run = CommandRun.of(subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: region-adapter " + subcommand, "--hub", "--token-file", "Exit codes:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "status", "init-db"})
  void theDaemonsCommandsTakeTheirSettingsFromAConfigurationFile(String subcommand) {
    CommandRun run = CommandRun.of(subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Usage: region-adapter " + subcommand, "--config", "TONGCHOU_", "Exit codes:");
  }

  @org.junit.jupiter.api.Test
  void theChoicesOfAnOptionThatNamesAContractEnumAreListedInItsHelp() {
    assertThat(CommandRun.of("export", "--help").out())
        .contains("scorecards, obligations, stock, flows, births,", "inflow, outflow");
  }

  @org.junit.jupiter.api.Test
  void simulateNeedsNoHubAndPrintsItsUsageOnHelp() {
    CommandRun run = CommandRun.of("simulate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: region-adapter simulate", "--seed", "--flows", "--late-rate", "Exit codes:")
        .doesNotContain("--hub");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--help", "-h"})
  void theTopCommandListsTheSubcommandsOnHelp(String option) {
    CommandRun run = CommandRun.of(option);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: region-adapter",
            "push",
            "timeline",
            "tail",
            "run",
            "status",
            "init-db",
            "scorecards",
            "obligations",
            "explain",
            "statistics",
            "export",
            "bench",
            "bench-feed",
            "simulate");
  }
}
