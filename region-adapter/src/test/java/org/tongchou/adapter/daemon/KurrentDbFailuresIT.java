package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.local.kurrentdb.KurrentDbProtocolDouble;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FeedItem;

/**
 * A region on KurrentDB that is set up wrong: each failure is stated as what it is and what to do,
 * and nothing is written twice. What the protocol double cannot show (a wrong password, TLS, a real
 * server's $acl) is listed in docs/KURRENTDB.md.
 */
class KurrentDbFailuresIT {

  static final Duration AT_MOST = Duration.ofSeconds(60); // against hangs, not a timing claim

  @TempDir Path dir;

  @Test
  void aConnectionStringThatCannotBeReadStopsRunAtOnceNamingTheKey() throws Exception {
    Path config = offlineConfig("kurrentdb://127.0.0.1:notaport?tls=false", "wuxi_facts");
    try (AdapterProcess run = AdapterProcess.run(config, dir.resolve("run.log"))) {
      OptionalInt exit = run.awaitExit(AT_MOST);
      assertThat(exit).as(run.log()).hasValue(2);
      assertThat(run.log()).contains("kurrentdb.connection-string", "cannot be read");
    }
  }

  @Test
  void aConnectionStringThatIsNotKurrentDbIsRefusedByTheConfiguration() throws Exception {
    Path config = offlineConfig("postgresql://127.0.0.1:5432/wuxi", "wuxi_facts");
    assertThat(TwoRegionsSyncIT.command("status", config))
        .startsWith("2 ")
        .contains("kurrentdb.connection-string", "must be a kurrentdb://");
  }

  @Test
  void aServerThatDoesNotAnswerIsStatedAsUnreachable() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Path config = offlineConfig("kurrentdb://127.0.0.1:" + closed + "?tls=false", "wuxi_facts");
    assertThat(TwoRegionsSyncIT.command("status", config))
        .startsWith("2 status: ")
        .contains("cannot reach KurrentDB");
  }

  @Test
  void aStreamTheAdapterMayNotReadIsStatedWithTheStreamAndTheFix() throws Exception {
    try (KurrentDbProtocolDouble server = KurrentDbProtocolDouble.start(0)) {
      Path config = offlineConfig(server.connectionString(), "wuxi_facts");
      server.deny("tongchou-outcomes-320200");
      assertThat(TwoRegionsSyncIT.command("status", config))
          .startsWith("2 status: ")
          .contains(
              "KurrentDB denied access to the stream tongchou-outcomes-320200",
              "give the adapter's user read and write on it");
    }
  }

  @Test
  void anInboxStreamDeniedToTheAdapterStoresNothingSaysSoAndCatchesUpOnceAllowed()
      throws Exception {
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("kdb_denied", null));
    try (KurrentDbProtocolDouble server = KurrentDbProtocolDouble.start(0);
        KurrentRegion wuxi = KurrentRegion.on(server.connectionString(), "wuxi")) {
      Path config =
          AdapterFixtures.configFile(
              dir, "wuxi", hub, TestHub.grpcPort(hub), "320200", wuxi.configLines());
      server.deny(wuxi.inbox);
      wuxi.write(AdapterKillAndRestartIT.people(3));
      try (AdapterProcess run = AdapterProcess.run(config, dir.resolve("denied.log"))) {
        // The outbox is pushed; the feed cannot be stored, and the log says why.
        await().atMost(AT_MOST).until(() -> wuxi.pending() == 0);
        await()
            .atMost(AT_MOST)
            .until(() -> !run.logLines("denied access to the stream " + wuxi.inbox).isEmpty());
        assertThat(server.events(wuxi.inbox)).isEmpty();

        server.allow(wuxi.inbox);
        Reconciliation.awaitSettled(wuxi, hub);
        run.terminate();
      }
      List<FeedItem> feed = HubFeed.read(hub, "320200");
      Reconciliation.assertEveryRowAcknowledgedOnce(wuxi.outboxView(), feed);
      Reconciliation.assertInboxIsTheFeed(wuxi.inboxView(), feed);
    } finally {
      hub.close();
    }
  }

  /** A configuration whose hub is never called: for what fails before the hub matters. */
  private Path offlineConfig(String connectionString, String outbox) throws Exception {
    Files.writeString(dir.resolve("wuxi.token"), "never-sent\n");
    return Files.write(
        dir.resolve("wuxi.properties"),
        List.of(
            "hub = 127.0.0.1:1",
            "token-file = wuxi.token",
            "region = 320200",
            "local.store = kurrentdb",
            "kurrentdb.connection-string = " + connectionString,
            "kurrentdb.outbox-stream = " + outbox));
  }
}
