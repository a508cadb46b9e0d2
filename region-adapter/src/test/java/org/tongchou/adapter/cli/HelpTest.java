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
        "export"
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
            "office",
            "audit")
        .as("the developers' load tools live in tongchou-workload, not in the region's adapter")
        .doesNotContain("bench", "simulate");
  }
}
