package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Usage errors of the Assessment commands, found before any call: no hub is needed to listen. */
class AssessmentUsageTest {

  @TempDir Path dir;

  @Test
  void aSideThatIsNeitherInflowNorOutflowIsBadUsageNamingTheOption() throws Exception {
    CommandRun run =
        run(
            "obligations",
            "--region",
            "320200",
            "--period",
            "2026",
            "--side",
            "upstream",
            "--indicator",
            "certificate-verification");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--side", "'upstream' is not one of inflow, outflow");
  }

  @Test
  void aTableTheHubDoesNotExportIsBadUsageListingThoseItDoes() throws Exception {
    CommandRun run = run("export", "persons", "--region", "320200", "--period", "2026");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "'persons' is not one of scorecards, obligations, stock, flows, births, coverage");
  }

  @Test
  void exportingObligationsWithoutTheLineIsBadUsage() throws Exception {
    CommandRun run =
        run("export", "obligations", "--region", "320200", "--period", "2026", "--side", "inflow");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("export obligations needs --side and --indicator");
  }

  @Test
  void scorecardsWithoutAPeriodIsBadUsage() throws Exception {
    CommandRun run = run("scorecards", "--region", "320200");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--period");
  }

  // Nothing listens on port 1: any of these reaching the network would fail differently (exit 2,
  // UNAVAILABLE).
  private CommandRun run(String... args) throws Exception {
    Path token = Files.writeString(dir.resolve("t.token"), "not-a-real-token");
    String[] all =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(args),
                java.util.stream.Stream.of(
                    "--hub", "127.0.0.1:1", "--token-file", token.toString()))
            .toArray(String[]::new);
    CommandRun run = CommandRun.of(all);
    assertThat(run.err()).doesNotContain("UNAVAILABLE");
    return run;
  }
}
