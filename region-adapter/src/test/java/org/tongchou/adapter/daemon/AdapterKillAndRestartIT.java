package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.facts.FactLineMapper;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;

/**
 * The daemon against the real hub and a real local database, cut off abruptly again and again while
 * it pushes and while it stores the feed, with its database connections cut under it, and through a
 * hub restart: in the end every outbox row is acknowledged exactly once and the inbox holds the
 * region's feed exactly once.
 */
class AdapterKillAndRestartIT {

  static final String WUXI = "320200";
  static final Duration AT_MOST = Duration.ofSeconds(60); // against hangs, not a timing claim

  @TempDir Path dir;

  @Test
  void anAdapterKilledTenTimesAtRandomPointsStillAcknowledgesEveryRowOnceAndStoresEveryItemOnce()
      throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("kill", null));
    try (LocalRegion wuxi = LocalRegion.fresh("kill_wuxi")) {
      // One fact per batch: many round trips, so that a kill often lands between a batch's answer
      // and its rows' update.
      AdapterConfig config =
          AdapterFixtures.load(
              AdapterFixtures.configFile(
                  dir, hub, TestHub.grpcPort(hub), WUXI, wuxi, "push.batch-size = 1"));
      AdapterFixtures.initDb(config);
      for (int cycle = 0; cycle < 10; cycle++) {
        wuxi.insert(
            people(6)); // pushed at once on start, then fed back: the people live in Wuxi now
        AdapterDaemon daemon = AdapterDaemon.start(config);
        Thread.sleep(
            random.nextInt(600)); // the random point (reproducible from the seed in the messages)
        if (cycle % 2 == 1) {
          wuxi.cutAdapterConnections(); // and the database fails under it too, mid-step: it
          // reconnects by itself
          Thread.sleep(random.nextInt(600));
        }
        daemon.kill();
        assertThat(daemon.awaitStopped(AT_MOST))
            .as("the killed daemon's loops ended (seed %d)", seed)
            .isTrue();
      }
      AdapterDaemon last = AdapterDaemon.start(config);
      Reconciliation.awaitSettled(wuxi, hub);
      last.stop();

      var feed = HubFeed.read(hub, WUXI);
      assertThat(feed).filteredOn(FeedItem::hasFact).as("seed %d", seed).hasSize(120);
      Reconciliation.assertEveryRowAcknowledgedOnce(wuxi, feed);
      Reconciliation.assertInboxIsTheFeed(wuxi, feed);
    } finally {
      hub.close();
    }
  }

  @Test
  void aRowRecordedByTheHubWhoseAnswerNeverReachedTheRowGetsTheOriginalReceipt() throws Exception {
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("lost_answer", null));
    try (LocalRegion wuxi = LocalRegion.fresh("lost_answer_wuxi")) {
      AdapterConfig config =
          AdapterFixtures.load(
              AdapterFixtures.configFile(dir, hub, TestHub.grpcPort(hub), WUXI, wuxi));
      AdapterFixtures.initDb(config);
      List<String> facts = people(2);
      wuxi.insert(facts);
      // What a crash after the hub's answer leaves behind: the first two facts recorded, their rows
      // still pending.
      List<FactOutcome> original;
      try (HubClient earlierPush = TestHub.clientFor(hub, WUXI)) {
        original = earlierPush.submit(List.of(mapped(facts.get(0)), mapped(facts.get(1))));
      }

      AdapterDaemon daemon = AdapterDaemon.start(config);
      Reconciliation.awaitSettled(wuxi, hub);
      daemon.stop();

      List<LocalRegion.OutboxView> rows = wuxi.outbox();
      assertThat(rows)
          .extracting(LocalRegion.OutboxView::state)
          .containsExactly("duplicate", "duplicate", "accepted", "accepted");
      assertThat(rows.subList(0, 2))
          .extracting(LocalRegion.OutboxView::eventId)
          .containsExactly(
              original.get(0).getReceipt().getEventId(), original.get(1).getReceipt().getEventId());
      Reconciliation.assertEveryRowAcknowledgedOnce(wuxi, HubFeed.read(hub, WUXI));
    } finally {
      hub.close();
    }
  }

  @Test
  void anAdapterOutlastsAHubRestartLongerThanItsPushAndFeedWillRetry() throws Exception {
    int port = freePort();
    String[] sameHub = AdapterFixtures.hubSettings("hub_restart", port);
    ConfigurableApplicationContext hub = TestHub.startOnPostgres(sameHub);
    try (LocalRegion wuxi = LocalRegion.fresh("restart_wuxi")) {
      AdapterConfig config =
          AdapterFixtures.load(
              AdapterFixtures.configFile(dir, hub, port, WUXI, wuxi, "reconnect.attempts = 2"));
      AdapterFixtures.initDb(config);
      wuxi.insert(people(5));
      AdapterDaemon daemon = AdapterDaemon.start(config);
      await().atMost(AT_MOST).until(() -> wuxi.pending() == 0);

      hub.close();
      wuxi.insert(people(5));
      // The pusher gave up on the missing hub and its loop started over: the rows were pushed
      // twice.
      await().atMost(AT_MOST).until(() -> wuxi.mostAttempts() >= 2);
      hub = TestHub.startOnPostgres(sameHub);
      Reconciliation.awaitSettled(wuxi, hub);
      daemon.stop();

      var feed = HubFeed.read(hub, WUXI);
      assertThat(feed).filteredOn(FeedItem::hasFact).hasSize(20);
      Reconciliation.assertEveryRowAcknowledgedOnce(wuxi, feed);
      Reconciliation.assertInboxIsTheFeed(wuxi, feed);
    } finally {
      hub.close();
    }
  }

  /** {@code count} people registered in Henan, each arriving in Wuxi's 滨湖区 and served there. */
  static List<String> people(int count) {
    List<String> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      facts.addAll(OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU));
    }
    return facts;
  }

  static Fact mapped(String json) {
    return ((FactLineMapper.Result.Mapped) new FactLineMapper().map(json)).fact();
  }

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
