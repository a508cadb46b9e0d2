package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.cli.CommandRun;
import org.tongchou.adapter.hub.FakeHub;

class BenchCommandTest {

  @TempDir Path dir;

  @Test
  void aBenchRunPushesEveryGeneratedFactOverTheStreamsAndPrintsAMarkdownRow() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run =
          bench(
              hub,
              "--facts",
              "120",
              "--persons",
              "10",
              "--streams",
              "3",
              "--batch-size",
              "25",
              "--seed",
              "1");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).containsPattern("accepted +120\\n");
      assertThat(run.out())
          .contains(
              "| date | run | facts | persons | streams | batch | hub facts/s | raw JDBC rows/s | hub/raw |")
          .containsPattern("\\| 120 \\| 10 \\| 3 \\| 25 \\| \\d+ \\| not measured \\| - \\|");
    }
  }

  @Test
  void anUnreachableDatabaseLeavesTheBaselineUnmeasuredWithExitCodeTwo() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run =
          bench(
              hub,
              "--facts",
              "20",
              "--persons",
              "5",
              "--jdbc-url",
              "jdbc:postgresql://127.0.0.1:" + freePort() + "/tongchou",
              "--jdbc-user",
              "u",
              "--jdbc-password",
              "p");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("baseline not measured");
      assertThat(run.out()).containsPattern("accepted +20\\n").contains("not measured");
    }
  }

  @Test
  void fewerFactsThanPersonsIsAUsageError() throws Exception {
    try (FakeHub hub = FakeHub.onFreePort()) {
      CommandRun run = bench(hub, "--facts", "3", "--persons", "5");

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("at least one fact (the arrival) per person");
    }
  }

  private CommandRun bench(FakeHub hub, String... more) throws IOException {
    Path token = Files.writeString(dir.resolve("region.token"), FakeHub.TOKEN);
    String[] common = {
      "bench",
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

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
