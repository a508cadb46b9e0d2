package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.tls.CaCommand;
import org.tongchou.hub.testing.TestHub;

/**
 * The daemon names its region with a certificate from its configuration, to a hub that takes no
 * tokens.
 */
class DaemonOverMutualTlsIT {

  @TempDir Path dir;

  @Test
  void theDaemonPushesAndFollowsItsFeedWithACertificateInsteadOfAToken() throws Exception {
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
    String[] settings = AdapterFixtures.hubSettings("daemon_tls", null);
    String[] all =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(settings),
                java.util.stream.Stream.of(
                    "--tongchou.grpc.tls.ca-dir=" + ca, "--tongchou.access.tokens.enabled=false"))
            .toArray(String[]::new);
    ConfigurableApplicationContext hub = TestHub.startOnPostgres(all);
    int port = TestHub.grpcPort(hub);
    try (LocalRegion wuxi = LocalRegion.fresh("wuxi_tls")) {
      Path config =
          AdapterFixtures.configFile(
              dir,
              hub,
              port,
              "320200",
              wuxi,
              "hub = localhost:" + port,
              "token-file = ",
              "tls.ca = ca/ca.crt",
              "tls.cert = wuxi.crt",
              "tls.key = wuxi.key");
      AdapterFixtures.initDb(AdapterFixtures.load(config));
      List<String> rows =
          OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU);
      wuxi.insert(rows);

      AdapterDaemon daemon = AdapterDaemon.start(AdapterFixtures.load(config));
      try {
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> wuxi.pending() == 0 && wuxi.checkpoint() == HubFeed.head(hub));
      } finally {
        daemon.stop();
      }
      assertThat(wuxi.outbox()).allSatisfy(row -> assertThat(row.state()).isEqualTo("accepted"));
      assertThat(wuxi.outbox()).hasSize(rows.size());
    } finally {
      hub.close();
    }
  }
}
