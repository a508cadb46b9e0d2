package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.tls.CaCommand;
import org.tongchou.hub.testing.TestHub;

/** The adapter names its region with a certificate of the hub's CA; the hub accepts no tokens. */
class MutualTlsCliIT {

  @TempDir static Path dir;
  static ConfigurableApplicationContext hub;
  static String address;

  @BeforeAll
  static void startATlsOnlyHub() {
    Path ca = dir.resolve("ca");
    assertThat(CaCommand.run(List.of("ca", "init", "--dir", ca.toString()))).isZero();
    assertThat(
            CaCommand.run(
                List.of(
                    "ca",
                    "issue",
                    "--dir",
                    ca.toString(),
                    "--region",
                    "320200",
                    "--generate",
                    dir.resolve("wuxi").toString())))
        .isZero();
    assertThat(
            CaCommand.run(
                List.of(
                    "ca",
                    "issue",
                    "--dir",
                    ca.toString(),
                    "--region",
                    "410000",
                    "--generate",
                    dir.resolve("henan").toString())))
        .isZero();
    String schema = "tls_" + UUID.randomUUID().toString().substring(0, 8);
    hub =
        TestHub.startOnPostgres(
            "--tongchou.grpc.tls.ca-dir=" + ca,
            "--tongchou.access.tokens.enabled=false",
            "--spring.datasource.url=" + TestHub.POSTGRES_URL + "?currentSchema=" + schema,
            "--spring.flyway.schemas=" + schema,
            "--spring.flyway.default-schema=" + schema);
    address = "localhost:" + TestHub.grpcPort(hub);
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  static String[] tls(String holder) {
    return new String[] {
      "--hub",
      address,
      "--tls-ca",
      dir.resolve("ca/ca.crt").toString(),
      "--cert",
      dir.resolve(holder + ".crt").toString(),
      "--key",
      dir.resolve(holder + ".key").toString()
    };
  }

  static String[] with(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  @Test
  void wuxiPushesWithItsCertificateAndHenanReadsWithItsOwn() {
    CommandRun push =
        CommandRun.of(
            with(
                new String[] {
                  "push",
                  Path.of("..", "examples", "wuxi-arrivals.jsonl").toString(),
                  "--region",
                  "320200"
                },
                tls("wuxi")));

    assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
    assertThat(push.out()).containsPattern("accepted +11\\n");

    CommandRun timeline =
        CommandRun.of(with(new String[] {"timeline", "410102199003071521"}, tls("henan")));
    assertThat(timeline.exitCode()).as(timeline.out() + timeline.err()).isZero();
    assertThat(timeline.out()).contains("王芳");
  }

  @Test
  void aTokenWithoutACertificateDoesNotGetThroughTheHandshake() throws Exception {
    Path token =
        java.nio.file.Files.writeString(dir.resolve("some.token"), "tch_not-a-certificate");

    CommandRun push =
        CommandRun.of(
            "push",
            Path.of("..", "examples", "wuxi-arrivals.jsonl").toString(),
            "--region",
            "320200",
            "--hub",
            address,
            "--tls-ca",
            dir.resolve("ca/ca.crt").toString(),
            "--token-file",
            token.toString(),
            "--reconnect-attempts",
            "1",
            "--timeout",
            "3");

    assertThat(push.exitCode()).isEqualTo(2);
    assertThat(push.err()).contains("UNAVAILABLE");
  }
}
