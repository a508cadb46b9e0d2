package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code audit} commands' help and usage errors, which need no hub. */
class AuditUsageTest {

  @Test
  void auditListsItsSubcommandsOnHelp() {
    CommandRun run = CommandRun.of("audit", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: region-adapter audit", "history", "access-log");
  }

  @ParameterizedTest
  @ValueSource(strings = {"history", "access-log"})
  void everyAuditSubcommandPrintsItsUsageOnHelp(String subcommand) {
    CommandRun run = CommandRun.of("audit", subcommand, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: region-adapter audit " + subcommand,
            "--hub",
            "--token-file",
            "--purpose",
            "Exit codes:");
  }

  @Test
  void verifyTakesNoFilters() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "access-log",
            "--verify",
            "--reader",
            "henan",
            "--hub",
            "localhost:1",
            "--token-file",
            "none");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--verify checks the whole chain");
  }

  @Test
  void aPeriodThatIsNotFromDotDotToIsAUsageErrorNamingTheForm() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "history",
            "410102199003071521",
            "--about",
            "2026-03",
            "--hub",
            "localhost:1",
            "--token-file",
            "none");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--about", "FROM..TO");
  }

  @Test
  void aTimeThatIsNeitherAnInstantNorADateIsAUsageError() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "access-log",
            "--from",
            "yesterday",
            "--hub",
            "localhost:1",
            "--token-file",
            "none");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'yesterday' is neither an instant");
  }
}
