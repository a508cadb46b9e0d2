package org.tongchou.hub.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.hub.testing.Facts.HENAN;
import static org.tongchou.hub.testing.Facts.SUZHOU;
import static org.tongchou.hub.testing.Facts.SUZHOU_GUSU;
import static org.tongchou.hub.testing.Facts.WUXI;
import static org.tongchou.hub.testing.Facts.WUXI_BINHU;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FeedItem;

@PostgresHub
class SubscribeOverGrpcIT {

  static final long WAIT = 10_000;

  @Autowired ApplicationContext context;
  @Autowired FeedReader feed;
  HubClient wuxi;
  String henanToken;
  String suzhouToken;

  @BeforeEach
  void connect() {
    wuxi = TestHub.clientFor(context, WUXI);
    henanToken = context.getBean(CredentialStore.class).issue(HENAN, "henan-feed");
    suzhouToken = context.getBean(CredentialStore.class).issue(SUZHOU, "suzhou-feed");
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
  }

  FeedClient subscribe(String token, long after, long credit, int intervalMs) {
    return new FeedClient(wuxi, token, after, credit, intervalMs);
  }

  @Test
  void theRegistrationRegionReceivesAnArrivalElsewhereAndAnUnrelatedRegionDoesNot() {
    long end = feed.head();
    try (FeedClient henan = subscribe(henanToken, end, 100, 200);
        FeedClient suzhou = subscribe(suzhouToken, end, 100, 200)) {
      String id = IdNumbers.woman("410102");
      Fact arrival = Facts.arrival(id, WUXI_BINHU, "2026-03-01");
      wuxi.submitOne(arrival);

      FeedItem item = henan.nextEvent(WAIT);
      assertThat(item).isNotNull();
      assertThat(item.getFact().getRecorded().getFact().getRecordId())
          .isEqualTo(arrival.getRecordId());
      assertThat(item.getFact().getRecorded().getFact().getPerson().getIdNumber()).isEmpty();
      assertThat(item.toString()).doesNotContain(id).doesNotContain("王芳");
      // Suzhou keeps receiving checkpoints past the arrival's position, and nothing else.
      FeedItem suzhouSees = suzhou.next(WAIT);
      while (suzhouSees != null && suzhouSees.getPosition() < item.getPosition()) {
        assertThat(suzhouSees.hasCheckpoint()).isTrue();
        suzhouSees = suzhou.next(WAIT);
      }
      assertThat(suzhouSees).isNotNull();
      assertThat(suzhouSees.hasCheckpoint()).isTrue();
    }
  }

  @Test
  void theHubNeverSendsMoreItemsThanTheCreditGranted() {
    long end = feed.head();
    String id = IdNumbers.woman("410102");
    List<Fact> facts = new ArrayList<>();
    facts.add(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));
    for (int i = 0; i < 9; i++) {
      facts.add(Facts.service(id, WUXI_BINHU, "2026-03-05"));
    }
    wuxi.submit(facts);
    try (FeedClient henan = subscribe(henanToken, end, 3, 60_000)) {
      List<FeedItem> received = new ArrayList<>();
      for (FeedItem item = henan.next(2_000); item != null; item = henan.next(1_000)) {
        received.add(item);
      }
      assertThat(received).hasSize(3);

      henan.grant(5);
      for (FeedItem item = henan.next(2_000); item != null; item = henan.next(1_000)) {
        received.add(item);
      }
      assertThat(received).hasSize(8);
      assertThat(received).extracting(FeedItem::getPosition).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void aQuietFeedStillSendsCheckpoints() {
    try (FeedClient suzhou = subscribe(suzhouToken, feed.head(), 2, 100)) {
      FeedItem first = suzhou.next(WAIT);
      FeedItem second = suzhou.next(WAIT);

      assertThat(first.hasCheckpoint()).isTrue();
      assertThat(second.hasCheckpoint()).isTrue();
      assertThat(second.getPosition()).isGreaterThanOrEqualTo(first.getPosition());
    }
  }

  @Test
  void resumingFromAnyReceivedPositionDeliversExactlyTheRestNeitherSkippingNorRepeating() {
    long end = feed.head();
    String id = IdNumbers.woman("410102");
    wuxi.submitOne(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));
    for (int i = 0; i < 6; i++) {
      wuxi.submitOne(Facts.service(id, WUXI_BINHU, "2026-03-05"));
    }
    List<Long> all = eventPositions(end, 7);
    long resumeAfter = all.get(2);
    wuxi.submitOne(Facts.service(id, WUXI_BINHU, "2026-03-06"));

    List<Long> resumed = eventPositions(resumeAfter, 5);

    assertThat(resumed.subList(0, 4)).containsExactlyElementsOf(all.subList(3, 7));
    assertThat(resumed.get(4)).isGreaterThan(all.get(6));
  }

  private List<Long> eventPositions(long after, int count) {
    List<Long> positions = new ArrayList<>();
    try (FeedClient henan = subscribe(henanToken, after, 1_000, 60_000)) {
      while (positions.size() < count) {
        FeedItem item = henan.nextEvent(WAIT);
        assertThat(item).as("item %d after %d", positions.size() + 1, after).isNotNull();
        positions.add(item.getPosition());
      }
    }
    return positions;
  }

  @Test
  void aConflictReachesBothRegionsInvolved() {
    long end = feed.head();
    String id = IdNumbers.woman("410102");
    wuxi.submitOne(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));
    try (HubClient suzhouWriter = TestHub.clientFor(context, SUZHOU);
        FeedClient wuxiFeed =
            subscribe(context.getBean(CredentialStore.class).issue(WUXI, "w"), end, 100, 60_000)) {
      suzhouWriter.submitOne(Facts.arrival(id, SUZHOU_GUSU, "2026-04-01"));

      List<FeedItem> seen = new ArrayList<>();
      // The arrivals' obligations come through the same feed, so look past them.
      for (FeedItem item = wuxiFeed.nextEvent(WAIT);
          item != null && seen.size() < 100;
          item = wuxiFeed.nextEvent(WAIT)) {
        seen.add(item);
        if (item.hasConflict()) {
          break;
        }
      }
      assertThat(seen)
          .anySatisfy(
              item -> {
                assertThat(item.hasConflict()).isTrue();
                assertThat(item.getConflict().getConflict().getProvisionalRegion())
                    .isEqualTo(WUXI_BINHU);
              });
    }
  }

  @Test
  void startingBeyondTheFeedsEndIsRefusedNamingTheField() {
    try (FeedClient henan = subscribe(henanToken, feed.head() + 1_000, 10, 1_000)) {
      assertThat(henan.ended())
          .failsWithin(WAIT, TimeUnit.MILLISECONDS)
          .withThrowableOfType(ExecutionException.class)
          .havingCause()
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
                assertThat(Refusals.fields(io.grpc.protobuf.StatusProto.fromThrowable(e)))
                    .containsExactly("start.after_position");
              });
    }
  }

  @Test
  void aStalledSubscriberWithTinyCreditDoesNotHoldBackAFastOne() {
    long end = feed.head();
    try (FeedClient stalled = subscribe(henanToken, end, 1, 60_000);
        FeedClient fast = subscribe(henanToken, end, 1_000, 60_000)) {
      String id = IdNumbers.woman("410102");
      List<Fact> facts = new ArrayList<>();
      facts.add(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));
      for (int i = 0; i < 49; i++) {
        facts.add(Facts.service(id, WUXI_BINHU, "2026-03-05"));
      }
      wuxi.submit(facts.subList(0, 25));
      wuxi.submit(facts.subList(25, 50));

      int received = 0;
      while (received < 50 && fast.nextEvent(WAIT) != null) {
        received++;
      }
      assertThat(received).isEqualTo(50);
      assertThat(stalled.nextEvent(WAIT)).isNotNull();
      assertThat(stalled.next(1_000)).as("no credit left, nothing more").isNull();
    }
  }

  @Test
  void aSubscriptionFromTheEndDeliversOnlyWhatIsCommittedAfterwards() {
    String id = IdNumbers.woman("410102");
    wuxi.submitOne(Facts.arrival(id, WUXI_BINHU, "2026-03-01"));
    long end = feed.head();
    try (FeedClient henan = FeedClient.fromEnd(wuxi, henanToken, 10)) {
      henan.next(500);
      Fact later = Facts.service(id, WUXI_BINHU, "2026-03-05");
      wuxi.submitOne(later);

      FeedItem item = henan.nextEvent(WAIT);
      assertThat(item.getPosition()).isGreaterThan(end);
      assertThat(item.getFact().getRecorded().getFact().getRecordId())
          .isEqualTo(later.getRecordId());
    }
  }
}
