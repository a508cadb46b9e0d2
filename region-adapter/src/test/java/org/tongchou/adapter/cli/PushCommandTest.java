package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.hub.FakeHub;

class PushCommandTest {

  private static final String PERSON =
      "\"person\": {\"idNumber\": \"410102199003071521\", \"name\": \"王芳\", \"sex\": \"F\", \"registrationRegion\": \"410102\"}";

  @TempDir Path dir;

  @Test
  void aPushToAnUnreachableHubExitsTwoAndSaysTheHubCouldNotBeReached() throws IOException {
    // given a port where nothing listens, and one stream attempt (gRPC still retries it 4 times)
    String hub = "127.0.0.1:" + freePort();
    // when
    CommandRun run =
        CommandRun.of(
            "push",
            facts(fact("r1", "PersonRegistered")).toString(),
            "--hub",
            hub,
            "--region",
            "320205",
            "--token-file",
            token().toString(),
            "--reconnect-attempts",
            "1",
            "--timeout",
            "2");
    // then
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("1 facts were not sent", "could not be reached after 1 attempt", "UNAVAILABLE");
    assertThat(run.out()).contains("not sent");
  }

  @Test
  void everyRefusalIsPrintedWithLineRecordIdFieldCodeAndReasonAndTheExitCodeIsOne()
      throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      Path file =
          facts(
              fact("r1", "PersonRegistered"),
              "",
              fact("r2", "Teleported"),
              fact("refuse-3", "PersonRegistered"));

      CommandRun run = push(file, hub);

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out())
          .contains("as region 320205")
          .containsPattern("accepted +1\\n")
          .containsPattern("refused +2\\n");
      assertThat(run.out())
          .contains(
              "line 3  r2  type  INVALID_ARGUMENT  unknown type \"Teleported\"",
              "line 4  refuse-3  person.idNumber  INVALID_ARGUMENT  check character is wrong (ID_NUMBER_CHECK_FAILED)");
    }
  }

  @Test
  void pushingTheSameFileTwiceReportsDuplicatesAndExitsZero() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      Path file = facts(fact("r1", "PersonRegistered"), fact("r2", "PregnancyReported"));
      push(file, hub);

      CommandRun again = push(file, hub);

      assertThat(again.exitCode()).isZero();
      assertThat(again.out()).containsPattern("duplicate +2\\n").doesNotContain("Refusals");
    }
  }

  @Test
  void aTokenTheHubDoesNotKnowExitsTwo() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      Path token = Files.writeString(dir.resolve("wrong.token"), "stolen\n");

      CommandRun run =
          CommandRun.of(
              "push",
              facts(fact("r1", "PersonRegistered")).toString(),
              "--hub",
              "127.0.0.1:" + hub.port(),
              "--region",
              "320205",
              "--token-file",
              token.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("did not accept the credential");
    }
  }

  @Test
  void withoutTokenFileOrTokenVariableThePushIsAUsageError() throws IOException {
    assumeTrue(
        System.getenv("TONGCHOU_TOKEN") == null, "TONGCHOU_TOKEN is set in this environment");

    CommandRun run =
        CommandRun.of(
            "push",
            facts(fact("r1", "PersonRegistered")).toString(),
            "--hub",
            "127.0.0.1:1",
            "--region",
            "320205");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "no credential: give --token-file or set TONGCHOU_TOKEN", "Usage: region-adapter push");
  }

  @Test
  void aBatchSizeAboveTheContractsLimitIsAUsageError() throws IOException {
    CommandRun run =
        CommandRun.of(
            "push",
            facts(fact("r1", "PersonRegistered")).toString(),
            "--hub",
            "127.0.0.1:1",
            "--region",
            "320205",
            "--token-file",
            token().toString(),
            "--batch-size",
            "1001");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--batch-size must be 1 to 1000");
  }

  private CommandRun push(Path file, FakeHub hub) throws IOException {
    return CommandRun.of(
        "push",
        file.toString(),
        "--hub",
        "127.0.0.1:" + hub.port(),
        "--region",
        "320205",
        "--token-file",
        token().toString());
  }

  private static String fact(String recordId, String type) {
    return "{\"recordId\": \""
        + recordId
        + "\", \"type\": \""
        + type
        + "\", \"region\": \"320205\", \"occurredOn\": \"2026-03-01\", "
        + PERSON
        + "}";
  }

  private Path facts(String... lines) throws IOException {
    return Files.write(dir.resolve("facts.jsonl"), List.of(lines), StandardCharsets.UTF_8);
  }

  private Path token() throws IOException {
    return Files.writeString(dir.resolve("region.token"), FakeHub.TOKEN + "\n");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
