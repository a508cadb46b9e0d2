package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.testing.TestHub;

/**
 * {@code region-adapter status} reports the same figures whatever the region's store: two adapters
 * of one region, one on PostgreSQL and one on KurrentDB (the protocol double), are given facts of
 * the same shape (the same good ones, the same two bad ones) and follow the same feed; their status
 * differs only in where the store is, how a refusal is marked resolved, the row numbers, and the
 * clock readings (ages and lag).
 */
class StatusOnBothStoresIT {

  static final String WUXI = "320200";

  @TempDir Path dir;

  @Test
  void theSameFactsGiveTheSameBacklogRefusalsCheckpointLagAndInboxOnPostgresAndOnKurrentDb()
      throws Exception {
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("status_both", null));
    int port = TestHub.grpcPort(hub);
    try (KurrentDbEndpoint kurrentDb = KurrentDbEndpoint.start();
        KurrentRegion onKurrent = KurrentRegion.on(kurrentDb.connectionString(), "wuxi");
        LocalRegion onPostgres = LocalRegion.fresh("status_wuxi")) {
      Path kurrentConfig =
          AdapterFixtures.configFile(dir, "kurrent", hub, port, WUXI, onKurrent.configLines());
      Path postgresConfig = AdapterFixtures.configFile(dir, hub, port, WUXI, onPostgres);
      AdapterFixtures.initDb(AdapterFixtures.load(postgresConfig));
      onKurrent.write(sameShape());
      onPostgres.insert(sameShape());

      AdapterDaemon kurrent = AdapterDaemon.start(AdapterFixtures.load(kurrentConfig));
      AdapterDaemon postgres = AdapterDaemon.start(AdapterFixtures.load(postgresConfig));
      await()
          .atMost(Reconciliation.AT_MOST)
          .pollInterval(Duration.ofMillis(200))
          .until(
              () ->
                  onKurrent.pending() == 0
                      && onPostgres.pending() == 0
                      && onKurrent.checkpoint() == HubFeed.head(hub)
                      && onPostgres.checkpoint() == HubFeed.head(hub)
                      // and a checkpoint from the hub stored after the last item, by both
                      && hasHubTime(kurrentConfig)
                      && hasHubTime(postgresConfig));
      kurrent.stop();
      postgres.stop();

      String kurrentStatus = TwoRegionsSyncIT.command("status", kurrentConfig);
      String postgresStatus = TwoRegionsSyncIT.command("status", postgresConfig);
      assertThat(figures(kurrentStatus)).isEqualTo(figures(postgresStatus));
      long feedSize = HubFeed.read(hub, WUXI).size();
      assertThat(kurrentStatus)
          .startsWith("1 Region 320200, KurrentDB ")
          .contains("  pending            0", "  accepted           4", "  refused            2")
          .containsPattern("checkpoint +" + String.format("%,d", HubFeed.head(hub)))
          .containsPattern("hub time of the last checkpoint \\S+   lag \\d")
          .containsPattern("rows +" + feedSize);
      assertThat(postgresStatus).startsWith("1 Region 320200, local database ");

      // A backlog: the region writes while no adapter runs.
      onKurrent.write(AdapterKillAndRestartIT.people(1));
      onPostgres.insert(AdapterKillAndRestartIT.people(1));
      kurrentStatus = TwoRegionsSyncIT.command("status", kurrentConfig);
      postgresStatus = TwoRegionsSyncIT.command("status", postgresConfig);
      assertThat(figures(kurrentStatus)).isEqualTo(figures(postgresStatus));
      assertThat(kurrentStatus).containsPattern("pending +2   oldest inserted \\S+ ago");
    } finally {
      hub.close();
    }
  }

  static boolean hasHubTime(Path config) {
    return TwoRegionsSyncIT.command("status", config).contains("hub time of the last checkpoint ");
  }

  /** Two people (four facts), an unknown type and a county outside Wuxi: fresh record ids. */
  static List<String> sameShape() {
    List<String> facts = new ArrayList<>(AdapterKillAndRestartIT.people(2));
    facts.add(
        OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU)
            .get(0)
            .replace("ArrivalRegistered", "ArrivalRecorded"));
    facts.add(OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, "320508").get(0));
    return facts;
  }

  /**
   * The status without what may differ: the store's line, how a refusal is resolved, row numbers,
   * record ids, and the ages and lag measured against a clock.
   */
  static List<String> figures(String status) {
    return status
        .lines()
        .skip(1)
        .map(
            line ->
                line.replaceAll("waiting for a person \\(.*\\)", "waiting for a person (...)")
                    .replaceAll("row \\d+  recordId \\S+", "row N  recordId R")
                    .replaceAll("oldest inserted .* ago", "oldest inserted T ago")
                    .replaceAll(
                        "hub time of the last checkpoint \\S+   lag .*", "hub time T lag L"))
        .toList();
  }
}
