package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.hub.FakeHub;

class TimelineCommandTest {

  @TempDir Path dir;

  @Test
  void aKnownPersonsTimelineIsPrintedWithResidencesAndFacts() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = timeline(hub, "410102199003071521");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains(
              "王芳  410102199003071521  F  born 1990-03-07",
              "Residences (1)",
              "320205  2026-03-01 .. open",
              "Facts (1)",
              "ArrivalRegistered");
    }
  }

  @Test
  void aFieldViolationIsPrintedOnStderrWithExitCodeOne() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = timeline(hub, "4101");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains(
              "timeline: INVALID_ARGUMENT: invalid ID number",
              "  id_number: must be 18 characters or 15 digits");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void anUnknownPersonIsReportedAsNotFoundWithExitCodeOne() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = timeline(hub, "110105194912310021");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err()).contains("NOT_FOUND");
    }
  }

  private CommandRun timeline(FakeHub hub, String idNumber) throws Exception {
    Path token = Files.writeString(dir.resolve("region.token"), FakeHub.TOKEN);
    return CommandRun.of(
        "timeline",
        idNumber,
        "--hub",
        "127.0.0.1:" + hub.port(),
        "--token-file",
        token.toString(),
        "--purpose",
        "test");
  }
}
