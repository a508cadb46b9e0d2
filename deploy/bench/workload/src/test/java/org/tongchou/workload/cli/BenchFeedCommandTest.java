package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.cli.CommandRun;
import org.tongchou.adapter.hub.FakeHub;
import org.tongchou.adapter.hub.FeedFixtures;

class BenchFeedCommandTest {

  @TempDir Path dir;

  @Test
  void everyPushedFactIsTimedOnItsWayBackAndOlderItemsAreNotCounted() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      // given a feed that already holds items of someone else
      for (int i = 1; i <= 5; i++) {
        hub.feed()
            .appendFact(
                FeedFixtures.arrival(
                    "old-" + i, "320205", "2026-03-01", Instant.parse("2026-03-02T08:00:00Z")));
      }
      // when
      CommandRun run = benchFeed(hub, "--rate", "40", "--seconds", "1", "--seed", "3");
      // then
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out())
          .contains(
              "checkpoint at position 5",
              "Pushed: accepted 40, duplicate 0, refused 0, unanswered 0",
              "Delivered 40 of 40 accepted facts (missing after 10 s: 0)",
              "runs on this machine");
      assertThat(run.out())
          .contains(
              "| date | run | facts/s | seconds | batch | delivered | p50 ms | p90 ms | p99 ms | max ms | missing after 10 s |")
          .containsPattern(
              "\\| 40 \\| 1 \\| 1 \\| 40 \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| [\\d.]+ \\| 0 \\|");
      assertThat(run.out())
          .contains(
              "Command: tongchou-workload bench-feed --hub 127.0.0.1:"
                  + hub.port()
                  + " --token-file ");
      assertThat(hub.feed().starts())
          .singleElement()
          .satisfies(s -> assertThat(s.getAfterPosition()).isZero());
    }
  }

  @Test
  void aRateOfZeroIsAUsageError() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = benchFeed(hub, "--rate", "0", "--seconds", "1");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("need --rate > 0");
      assertThat(hub.feed().starts()).isEmpty();
    }
  }

  private CommandRun benchFeed(FakeHub hub, String... more) throws IOException {
    Path token = Files.writeString(dir.resolve("region.token"), FakeHub.TOKEN);
    String[] common = {
      "bench-feed",
      "--hub",
      "127.0.0.1:" + hub.port(),
      "--token-file",
      token.toString(),
      "--region",
      "320205"
    };
    String[] args = new String[common.length + more.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(more, 0, args, common.length, more.length);
    return CommandRun.with(Workload::commandLine, args);
  }
}
