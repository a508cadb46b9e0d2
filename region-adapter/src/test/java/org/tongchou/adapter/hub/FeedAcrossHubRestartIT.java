package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;

/**
 * The adapter's feed subscriber against the real hub, through a hub restart on the same port: every
 * fact arrives exactly once, in order, whatever happened in between.
 */
class FeedAcrossHubRestartIT {

  static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static List<Fact> arrivals(int count) {
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      facts.add(Facts.arrival(IdNumbers.woman("410102"), Facts.WUXI_BINHU, "2026-03-01"));
    }
    return facts;
  }

  @Test
  void aSubscriberResumesAfterAHubRestartAndReceivesEveryFactExactlyOnce() throws Exception {
    int port = freePort();
    String schema = "feed_restart_" + UUID.randomUUID().toString().substring(0, 8);
    String[] sameHub = {
      "--tongchou.grpc.port=" + port,
      "--spring.datasource.url=" + TestHub.POSTGRES_URL + "?currentSchema=" + schema,
      "--spring.flyway.schemas=" + schema,
      "--spring.flyway.default-schema=" + schema
    };
    ConfigurableApplicationContext hub = TestHub.startOnPostgres(sameHub);
    String token = hub.getBean(CredentialStore.class).issue("410000", "henan");
    long start = hub.getBean(FeedReader.class).head();
    List<Fact> before = arrivals(10);
    List<Fact> after = arrivals(10);
    List<String> received = new CopyOnWriteArrayList<>();

    try (HubClient henan = HubClient.connect("127.0.0.1:" + port, token, Duration.ofSeconds(10));
        FeedSubscriber feed =
            new FeedSubscriber(
                henan,
                new FeedSettings(
                    4,
                    Duration.ofMillis(200),
                    new ReconnectPolicy(30, Duration.ofMillis(200), Duration.ofSeconds(1))))) {
      CompletableFuture<Void> running =
          feed.start(
              start,
              entry -> {
                if (entry instanceof FeedEntry.Fact fact) {
                  received.add(fact.recordId());
                }
              });
      try (org.tongchou.hub.testing.HubClient wuxi = TestHub.clientFor(hub, "320200")) {
        wuxi.submit(before);
      }
      awaitSize(received, 10);

      hub.close();
      hub = TestHub.startOnPostgres(sameHub);
      try (org.tongchou.hub.testing.HubClient wuxi = TestHub.clientFor(hub, "320200")) {
        wuxi.submit(after);
      }
      awaitSize(received, 20);
      assertThat(running).isNotDone();
    } finally {
      hub.close();
    }

    List<String> expected = new ArrayList<>();
    before.forEach(f -> expected.add(f.getRecordId()));
    after.forEach(f -> expected.add(f.getRecordId()));
    assertThat(received).containsExactlyElementsOf(expected);
  }

  static void awaitSize(List<String> received, int size) throws InterruptedException {
    for (int i = 0; i < 300 && received.size() < size; i++) {
      Thread.sleep(100);
    }
    assertThat(received).hasSizeGreaterThanOrEqualTo(size);
  }
}
