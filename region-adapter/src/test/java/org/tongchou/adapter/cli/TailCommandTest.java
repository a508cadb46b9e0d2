package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.hub.FakeHub;
import org.tongchou.adapter.hub.FeedFixtures;

class TailCommandTest {

  private static final Instant RECORDED = Instant.parse("2026-03-02T08:00:00Z");

  @TempDir Path dir;

  @Test
  void tailWithCountPrintsOneLinePerFactAndConflictThenStops() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      hub.feed()
          .appendFact(FeedFixtures.arrival("320205-2026-000017", "320205", "2026-03-01", RECORDED));
      hub.feed().appendConflict(FeedFixtures.conflict("320211", "320205", "2026-03-01"));

      CommandRun run = tail(hub, FakeHub.TOKEN, "--count", "2");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out().lines())
          .containsExactly(
              "1  fact  2026-03-01  320205  ArrivalRegistered  320205-2026-000017  person 9c1e2f4a6b8d",
              "2  conflict  2026-03-01  320205 overlaps 320211  provisionally 320211  person 9c1e2f4a6b8d");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void tailStartsAfterTheGivenPosition() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      for (int i = 1; i <= 3; i++) {
        hub.feed().appendFact(FeedFixtures.arrival("r-" + i, "320205", "2026-03-01", RECORDED));
      }

      CommandRun run = tail(hub, FakeHub.TOKEN, "--after", "2", "--count", "1", "--window", "1");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out().lines())
          .singleElement()
          .asString()
          .startsWith("3  fact  2026-03-01  320205  ArrivalRegistered  r-3");
      assertThat(hub.feed().starts())
          .singleElement()
          .satisfies(s -> assertThat(s.getCredit()).isEqualTo(1));
    }
  }

  @Test
  void tailWithSkipImportedAsksTheHubToLeaveOutWhatImportsRecorded() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      hub.feed().appendFact(FeedFixtures.arrival("r-1", "320205", "2026-03-01", RECORDED));

      CommandRun run = tail(hub, FakeHub.TOKEN, "--skip-imported", "--count", "1");
      CommandRun everything = tail(hub, FakeHub.TOKEN, "--count", "1");

      assertThat(run.exitCode()).isZero();
      assertThat(everything.exitCode()).isZero();
      assertThat(hub.feed().starts())
          .extracting(s -> s.getSkipImported())
          .containsExactly(true, false);
    }
  }

  @Test
  void aPositionBeyondTheFeedsEndExitsOneNamingTheField() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = tail(hub, FakeHub.TOKEN, "--after", "5");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.err())
          .contains(
              "tail: INVALID_ARGUMENT: after_position is beyond the feed's end",
              "  start.after_position: 5 was never issued");
    }
  }

  @Test
  void aTokenTheHubDoesNotKnowExitsTwo() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = tail(hub, "stolen", "--count", "1");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("tail: UNAUTHENTICATED");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void anUnreachableHubExitsTwo() throws Exception {
    String nowhere = "127.0.0.1:" + freePort();
    Path token = Files.writeString(dir.resolve("region.token"), FakeHub.TOKEN);

    CommandRun run =
        CommandRun.of(
            "tail",
            "--hub",
            nowhere,
            "--token-file",
            token.toString(),
            "--reconnect-attempts",
            "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("could not be reached after 1 attempt", "UNAVAILABLE");
  }

  private CommandRun tail(FakeHub hub, String tokenText, String... more) throws IOException {
    Path token = Files.writeString(dir.resolve("region.token"), tokenText);
    String[] common = {
      "tail", "--hub", "127.0.0.1:" + hub.port(), "--token-file", token.toString()
    };
    String[] args = new String[common.length + more.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(more, 0, args, common.length, more.length);
    return CommandRun.of(args);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
