package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import com.google.protobuf.util.JsonFormat;
import io.grpc.Status;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedStart;

class FeedSubscriberTest extends InProcessHubTest {

  private static final ReconnectPolicy QUICK =
      new ReconnectPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));
  private static final Duration AT_MOST =
      Duration.ofSeconds(10); // against hangs, not a timing claim

  private final List<Long> factPositions = new CopyOnWriteArrayList<>();

  @Test
  void theSubscriberNeverHasMoreThanItsWindowOutstanding() throws Exception {
    appendFacts(100);
    FeedSubscriber feed = subscriber(10);

    feed.run(0, entry -> collectFactsUntil(feed, entry, 100));

    assertThat(factPositions)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 100).boxed().toList());
    assertThat(hub.feed().starts()).extracting(FeedStart::getCredit).containsExactly(10L);
    assertThat(hub.feed().maxOutstanding()).isLessThanOrEqualTo(10);
  }

  @Test
  void creditIsGrantedOnlyAsItemsAreConsumed() throws Exception {
    // given a listener stuck on the first item
    appendFacts(30);
    FeedSubscriber feed = subscriber(10);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> running =
        feed.start(
            0,
            entry -> {
              awaitQuietly(release);
              collectFactsUntil(feed, entry, 30);
            });
    // then the hub sends the window and no more, and hears of no new credit
    await().atMost(AT_MOST).until(() -> hub.feed().sent() == 10);
    assertThat(hub.feed().granted()).isEqualTo(10);
    // when the listener goes on, credit follows consumption and every item arrives
    release.countDown();
    assertThat(running).succeedsWithin(AT_MOST);
    assertThat(factPositions).hasSize(30);
    assertThat(hub.feed().maxOutstanding()).isLessThanOrEqualTo(10);
  }

  @ParameterizedTest
  @EnumSource(
      value = Status.Code.class,
      names = {"UNAVAILABLE", "CANCELLED"})
  void aDroppedStreamIsResumedAfterTheLastPositionReceived(Status.Code code) throws Exception {
    // given a hub that drops the stream right after sending position 12 (restarting, or shut down
    // hard)
    appendFacts(30);
    hub.feed().cutOnceAfter(12, code);
    FeedSubscriber feed = subscriber(8);
    // when
    feed.run(0, entry -> collectFactsUntil(feed, entry, 30));
    // then it came back once, from 12, and every position arrived exactly once
    assertThat(hub.feed().starts())
        .extracting(FeedStart::getAfterPosition)
        .containsExactly(0L, 12L);
    assertThat(factPositions)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, 30).boxed().toList());
    assertThat(feed.lastPosition()).isEqualTo(30);
  }

  @Test
  void anItemListenerAlsoGetsEachItemWholeInProtoJson() throws Exception {
    appendFacts(2);
    FeedSubscriber feed = subscriber(10);
    List<String> items = new CopyOnWriteArrayList<>();

    feed.run(
        0,
        (entry, itemJson) -> {
          items.add(itemJson);
          collectFactsUntil(feed, entry, 2);
        });

    assertThat(items).hasSize(2);
    FeedItem.Builder first = FeedItem.newBuilder();
    JsonFormat.parser().merge(items.get(0), first);
    assertThat(first.getPosition()).isEqualTo(1);
    assertThat(first.getFact().getRecorded().getFact().getArrivalRegistered().getFrom())
        .isEqualTo("410102");
  }

  @Test
  void aFeedStartsAfterTheGivenPosition() throws Exception {
    appendFacts(5);
    FeedSubscriber feed = subscriber(10);

    feed.run(3, entry -> collectFactsUntil(feed, entry, 5));

    assertThat(factPositions).containsExactly(4L, 5L);
  }

  @Test
  void closingFromAnotherThreadEndsTheFeedWhileItWaits() throws Exception {
    appendFacts(3);
    FeedSubscriber feed = subscriber(10);
    CountDownLatch caughtUp = new CountDownLatch(1);
    CompletableFuture<Void> running =
        feed.start(
            0,
            entry -> {
              if (entry instanceof FeedEntry.Checkpoint) {
                caughtUp.countDown();
              }
            });
    assertThat(caughtUp.await(AT_MOST.toSeconds(), TimeUnit.SECONDS)).isTrue();

    feed.close();

    assertThat(running).succeedsWithin(AT_MOST);
    assertThat(feed.lastPosition()).isEqualTo(3);
  }

  @Test
  void aRejectedCredentialEndsTheFeedAtOnceWithoutReconnecting() {
    try (HubClient stranger = hub.client("not-a-token")) {
      HubCallException e =
          catchThrowableOfType(
              HubCallException.class,
              () -> new FeedSubscriber(stranger, settings(10)).run(0, entry -> {}));

      assertThat(e.code()).isEqualTo("UNAUTHENTICATED");
      assertThat(e.hubNotReached()).isTrue();
      assertThat(hub.authorizations).hasSize(1);
    }
  }

  @Test
  void aPositionBeyondTheFeedsEndIsRefusedNamingTheField() {
    appendFacts(2);

    HubCallException e =
        catchThrowableOfType(HubCallException.class, () -> subscriber(10).run(7, entry -> {}));

    assertThat(e.code()).isEqualTo("INVALID_ARGUMENT");
    assertThat(e.violations()).containsExactly("start.after_position: 7 was never issued");
    assertThat(e.hubNotReached()).isFalse();
    assertThat(hub.feed().starts()).hasSize(1);
  }

  @Test
  void anUnreachableHubIsGivenUpOnAfterTheReconnectAttempts() {
    try (HubClient nowhere =
        new HubClient(InProcessChannelBuilder.forName("no-hub-here"), FakeHub.TOKEN, AT_MOST)) {
      FeedSubscriber feed =
          new FeedSubscriber(
              nowhere,
              new FeedSettings(
                  10, FeedSettings.DEFAULT_CHECKPOINT_INTERVAL, QUICK.withMaxAttempts(2)));

      HubCallException e =
          catchThrowableOfType(HubCallException.class, () -> feed.run(0, entry -> {}));

      assertThat(e.code()).isEqualTo("UNAVAILABLE");
      assertThat(e.getMessage()).contains("could not be reached after 2 attempts");
    }
  }

  private void collectFactsUntil(FeedSubscriber feed, FeedEntry entry, long lastPosition) {
    if (entry instanceof FeedEntry.Fact) {
      factPositions.add(entry.position());
      if (entry.position() == lastPosition) {
        feed.close();
      }
    }
  }

  private void appendFacts(int count) {
    for (int i = 1; i <= count; i++) {
      hub.feed()
          .appendFact(
              FeedFixtures.arrival(
                  "r-" + i, "320205", "2026-03-01", Instant.parse("2026-03-02T08:00:00Z")));
    }
  }

  private FeedSubscriber subscriber(int window) {
    return new FeedSubscriber(client, settings(window));
  }

  private static FeedSettings settings(int window) {
    return new FeedSettings(window, FeedSettings.DEFAULT_CHECKPOINT_INTERVAL, QUICK);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
