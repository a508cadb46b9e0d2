package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code office} acts' help and usage errors, found before any call: no hub is needed. */
class OfficeUsageTest {

  @TempDir Path dir;

  @Test
  void officeListsEveryActOnHelp() {
    CommandRun run = CommandRun.of("office", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: region-adapter office",
            "conflicts",
            "rule-conflict",
            "dispute",
            "rule-dispute",
            "waive",
            "links",
            "confirm-link",
            "decline-link",
            "split-link",
            "publish-policy",
            "reevaluate",
            "publish-scorecard");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "conflicts",
        "rule-conflict",
        "dispute",
        "rule-dispute",
        "waive",
        "links",
        "confirm-link",
        "decline-link",
        "split-link",
        "publish-policy",
        "reevaluate",
        "publish-scorecard"
      })
  void everyActPrintsItsUsageWithTheHubsOptionsAndTheExitCodes(String act) {
    CommandRun run = CommandRun.of("office", act, "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains(
            "Usage: region-adapter office " + act,
            "--hub",
            "--token-file",
            "--tls-ca",
            "Exit codes:",
            "OUTSIDE_JURISDICTION");
  }

  @Test
  void aWaiverWithoutAReasonIsBadUsageNamingTheOption() throws Exception {
    CommandRun run = run("office", "waive", "certificate-verification/320211/x#1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--reason=TEXT'");
  }

  @Test
  void aRulingThatBothUpholdsAndDismissesIsBadUsageNamingBothOptions() throws Exception {
    CommandRun run =
        run(
            "office",
            "rule-dispute",
            "certificate-verification/320211/x#1",
            "--upheld-for",
            "320213",
            "--dismissed",
            "--reason",
            "both");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--upheld-for", "--dismissed", "mutually exclusive");
  }

  @Test
  void aRulingThatNeitherUpholdsNorDismissesIsBadUsageNamingTheChoice() throws Exception {
    CommandRun run =
        run("office", "rule-dispute", "certificate-verification/320211/x#1", "--reason", "?");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--upheld-for=CODE | --dismissed");
  }

  @Test
  void aPolicyFileThatCannotBeReadIsBadUsageNamingTheFile() throws Exception {
    CommandRun run = run("office", "publish-policy", dir.resolve("missing.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read FILE", "missing.yaml");
  }

  @Test
  void aReevaluationWithoutAPolicyVersionIsBadUsageNamingTheOption() throws Exception {
    CommandRun run =
        run("office", "reevaluate", "--region", "320000", "--period", "2026", "--reason", "r");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--policy=VERSION");
  }

  // Nothing listens on port 1: any of these reaching the network would fail differently.
  private CommandRun run(String... args) throws Exception {
    Path token = Files.writeString(dir.resolve("t.token"), "not-a-real-token");
    CommandRun run =
        CommandRun.of(
            Stream.concat(
                    Stream.of(args),
                    Stream.of("--hub", "127.0.0.1:1", "--token-file", token.toString()))
                .toArray(String[]::new));
    assertThat(run.err()).doesNotContain("UNAVAILABLE");
    return run;
  }
}
