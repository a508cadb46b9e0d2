package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;

/**
 * A region on KurrentDB (the protocol double in the test JVM, or the real server {@code
 * KURRENTDB_URL} names) and the real hub on PostgreSQL (in the test JVM), bridged by {@code
 * region-adapter run} in a JVM of its own that is ended with a real {@code kill -9} at random
 * points, some while it pushes the outbox stream, some while it fills the inbox stream. After each
 * kill it is started again; in the end the outcomes stream holds exactly one outcome per outbox
 * event, in order, with the hub's one receipt, and the inbox stream holds the hub's feed for the
 * region exactly once.
 */
class KurrentDbAdapterKillIT {

  static final String WUXI = "320200";
  static final Duration AT_MOST = Duration.ofSeconds(90); // against hangs, not a timing claim
  static final int KILLS = 6;
  static final int PEOPLE_PER_CYCLE = 6; // two facts each

  @TempDir Path dir;

  @Test
  void anAdapterProcessKilledSixTimesWhilePushingAndWhileFillingTheInboxLosesAndRepeatsNothing()
      throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("kdb_kill", null));
    try (KurrentDbEndpoint kurrentDb = KurrentDbEndpoint.start();
        KurrentRegion wuxi = KurrentRegion.on(kurrentDb.connectionString(), "wuxi")) {
      // One fact per batch: many round trips, so that a kill often lands between the hub's answer
      // and the outcome's append.
      Path config =
          AdapterFixtures.configFile(
              dir,
              "wuxi",
              hub,
              TestHub.grpcPort(hub),
              WUXI,
              wuxi.configLines(),
              "push.batch-size = 1");
      int midPush = 0;
      int midInbox = 0;
      for (int cycle = 0; cycle < KILLS; cycle++) {
        wuxi.write(AdapterKillAndRestartIT.people(PEOPLE_PER_CYCLE));
        boolean whilePushing = cycle % 2 == 0;
        int outcomesBefore = wuxi.outcomeRevisions().size();
        int inboxBefore = wuxi.inboxView().size();
        // The random point: after 1 to 6 more outcomes, or 1 to 10 more inbox items.
        int after = 1 + random.nextInt(whilePushing ? 6 : 10);
        AdapterProcess adapter = AdapterProcess.run(config, dir.resolve("run-" + cycle + ".log"));
        try {
          await()
              .atMost(AT_MOST)
              .pollInterval(Duration.ofMillis(5))
              .until(
                  () ->
                      whilePushing
                          ? wuxi.outcomeRevisions().size() - outcomesBefore >= after
                          : wuxi.inboxView().size() - inboxBefore >= after);
          adapter.kill9();
        } finally {
          adapter.close();
        }
        // What the kill cut off: facts still unanswered, a feed not yet stored to its end.
        long pending = wuxi.pending();
        long behind = HubFeed.head(hub) - wuxi.checkpoint();
        midPush += pending > 0 ? 1 : 0;
        midInbox += behind > 0 ? 1 : 0;
        System.out.printf(
            "kill -9 %d (cycle %d, seed %d): %d facts unanswered, inbox %d positions behind%n",
            adapter.pid(), cycle, seed, pending, behind);
      }
      assertThat(midPush)
          .as("kills while facts were still being pushed (seed %d)", seed)
          .isPositive();
      assertThat(midInbox)
          .as("kills while the inbox was still filling (seed %d)", seed)
          .isPositive();

      try (AdapterProcess last = AdapterProcess.run(config, dir.resolve("run-last.log"))) {
        Reconciliation.awaitSettled(wuxi, hub);
        last.terminate();
      }

      List<FeedItem> feed = HubFeed.read(hub, WUXI);
      int facts = KILLS * PEOPLE_PER_CYCLE * 2;
      assertThat(feed).filteredOn(FeedItem::hasFact).as("seed %d", seed).hasSize(facts);
      assertThat(wuxi.outcomeRevisions())
          .as("one outcome per outbox event, in outbox order (seed %d)", seed)
          .containsExactlyElementsOf(LongStream.range(0, facts).boxed().toList());
      Reconciliation.assertEveryRowAcknowledgedOnce(wuxi.outboxView(), feed);
      Reconciliation.assertInboxIsTheFeed(wuxi.inboxView(), feed);
    } finally {
      hub.close();
    }
  }

  @Test
  void anEventRecordedByTheHubWhoseAnswerNeverReachedTheOutcomesStreamGetsTheOriginalReceipt()
      throws Exception {
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("kdb_lost_answer", null));
    try (KurrentDbEndpoint kurrentDb = KurrentDbEndpoint.start();
        KurrentRegion wuxi = KurrentRegion.on(kurrentDb.connectionString(), "wuxi")) {
      Path config =
          AdapterFixtures.configFile(
              dir, "wuxi", hub, TestHub.grpcPort(hub), WUXI, wuxi.configLines());
      List<String> facts = AdapterKillAndRestartIT.people(2);
      wuxi.write(facts);
      // What a kill after the hub's answer leaves behind: the first two facts recorded by the hub,
      // no outcome appended for them.
      List<FactOutcome> original;
      try (HubClient earlierRun = TestHub.clientFor(hub, WUXI)) {
        original =
            earlierRun.submit(
                List.of(
                    AdapterKillAndRestartIT.mapped(facts.get(0)),
                    AdapterKillAndRestartIT.mapped(facts.get(1))));
      }

      AdapterDaemon daemon = AdapterDaemon.start(AdapterFixtures.load(config));
      Reconciliation.awaitSettled(wuxi, hub);
      daemon.stop();

      List<LocalRegion.OutboxView> rows = wuxi.outboxView();
      assertThat(rows)
          .extracting(LocalRegion.OutboxView::state)
          .containsExactly("duplicate", "duplicate", "accepted", "accepted");
      assertThat(rows.subList(0, 2))
          .extracting(LocalRegion.OutboxView::eventId)
          .containsExactly(
              original.get(0).getReceipt().getEventId(), original.get(1).getReceipt().getEventId());
      Reconciliation.assertEveryRowAcknowledgedOnce(rows, HubFeed.read(hub, WUXI));
    } finally {
      hub.close();
    }
  }

  @Test
  void aSecondAdapterWronglyStartedOnTheSameStreamsWritesNothingTwice() throws Exception {
    ConfigurableApplicationContext hub =
        TestHub.startOnPostgres(AdapterFixtures.hubSettings("kdb_two_adapters", null));
    try (KurrentDbEndpoint kurrentDb = KurrentDbEndpoint.start();
        KurrentRegion wuxi = KurrentRegion.on(kurrentDb.connectionString(), "wuxi")) {
      Path config =
          AdapterFixtures.configFile(
              dir,
              "wuxi",
              hub,
              TestHub.grpcPort(hub),
              WUXI,
              wuxi.configLines(),
              "push.batch-size = 1");
      List<AdapterProcess> adapters = new ArrayList<>();
      try {
        adapters.add(AdapterProcess.run(config, dir.resolve("first.log")));
        adapters.add(AdapterProcess.run(config, dir.resolve("second.log")));
        for (int round = 0; round < 3; round++) {
          wuxi.write(AdapterKillAndRestartIT.people(4));
          Thread.sleep(300); // lets both adapters race over the same facts and feed items
        }
        Reconciliation.awaitSettled(wuxi, hub);
      } finally {
        for (AdapterProcess adapter : adapters) {
          adapter.close();
        }
      }

      List<FeedItem> feed = HubFeed.read(hub, WUXI);
      assertThat(feed).filteredOn(FeedItem::hasFact).hasSize(24);
      assertThat(wuxi.outcomeRevisions())
          .as("one outcome per outbox event, whichever adapter wrote it")
          .containsExactlyElementsOf(LongStream.range(0, 24).boxed().toList());
      Reconciliation.assertEveryRowAcknowledgedOnce(wuxi.outboxView(), feed);
      Reconciliation.assertInboxIsTheFeed(wuxi.inboxView(), feed);
      for (AdapterProcess adapter : adapters) {
        // Where the two collided with different events at one place, the loser said so.
        adapter.logLines("revision").forEach(System.out::println);
        assertThat(adapter.logLines("another adapter"))
            .allSatisfy(line -> assertThat(line).contains("nothing was"));
      }
    } finally {
      hub.close();
    }
  }
}
