package org.tongchou.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.RetryInfo;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.grpc.OpenCalls;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;

/**
 * A hub node sheds feeds past {@code tongchou.access.max-open-feeds} instead of falling over:
 * RESOURCE_EXHAUSTED, reason HUB_FEEDS_FULL, with a RetryInfo delay, whoever asks; the feeds it
 * holds go on, and a place freed is taken by the next one (issue #16, load). Over a real channel to
 * a hub on PostgreSQL whose limit is 2.
 */
@PostgresHub
@TestPropertySource(properties = "tongchou.access.max-open-feeds=2")
class FeedSheddingIT {

  static final String SUBSCRIBE = "tongchou.v1.RegionSync/Subscribe";

  @Autowired ApplicationContext context;
  @Autowired CredentialStore credentials;
  final String run = UUID.randomUUID().toString().substring(0, 8);
  final List<AutoCloseable> open = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    for (int i = open.size() - 1; i >= 0; i--) {
      open.get(i).close();
    }
    // The hub frees a place when it sees the cancel; the next test starts on an empty node.
    OpenCalls calls = context.getBean(OpenCalls.class);
    for (int i = 0; i < 300 && calls.openOf(SUBSCRIBE) > 0; i++) {
      Thread.sleep(100);
    }
    assertThat(calls.openOf(SUBSCRIBE)).as("feeds still open after the test").isZero();
  }

  @Test
  void givenTheNodeServesItsLimitOfFeedsWhenAThirdRegionSubscribesThenItIsToldToComeBackLater()
      throws Exception {
    FeedClient wuxi = feedOf("320200", "wuxi");
    FeedClient henan = feedOf("410000", "henan");
    assertThat(wuxi.next(30_000)).as("the first feed is served").isNotNull();
    assertThat(henan.next(30_000)).as("the second feed is served").isNotNull();

    FeedClient sichuan = feedOf("510000", "sichuan");
    StatusRuntimeException refused = endOf(sichuan);

    assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
    com.google.rpc.Status details = StatusProto.fromThrowable(refused);
    assertThat(Refusals.errorInfo(details).getReason()).isEqualTo("HUB_FEEDS_FULL");
    assertThat(Refusals.errorInfo(details).getMetadataMap()).containsEntry("limit", "2");
    assertThat(retryDelaySeconds(details)).isBetween(10L, 20L);
    assertThat(wuxi.ended()).as("the feeds held go on").isNotDone();
    assertThat(henan.ended()).isNotDone();
  }

  @Test
  void givenAFullNodeWhenOneFeedClosesThenTheNextSubscriberIsServed() throws Exception {
    FeedClient wuxi = feedOf("320200", "wuxi-2");
    FeedClient henan = feedOf("410000", "henan-2");
    assertThat(wuxi.next(30_000)).isNotNull();
    assertThat(henan.next(30_000)).isNotNull();
    assertThat(endOf(feedOf("510000", "sichuan-2")).getStatus().getCode())
        .isEqualTo(Status.Code.RESOURCE_EXHAUSTED);

    wuxi.close();
    FeedClient again = null;
    for (int i = 0; i < 50 && again == null; i++) {
      // The hub frees the place when it sees the cancel: a moment, not a fixed time.
      FeedClient attempt = feedOf("510000", "sichuan-3-" + i);
      if (attempt.next(2_000) != null) {
        again = attempt;
      }
    }

    assertThat(again).as("a freed place is taken by the next subscriber").isNotNull();
  }

  private FeedClient feedOf(String region, String name) {
    String token = credentials.issue(Role.REGION, region, name + "-" + run);
    HubClient client = new HubClient(TestHub.grpcPort(context), token);
    open.add(client);
    FeedClient feed = new FeedClient(client, token, 0, 10, 200);
    open.add(feed);
    return feed;
  }

  private static StatusRuntimeException endOf(FeedClient feed) throws Exception {
    try {
      feed.ended().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      return (StatusRuntimeException) e.getCause();
    }
    return fail("the feed was let in");
  }

  private static long retryDelaySeconds(com.google.rpc.Status details)
      throws InvalidProtocolBufferException {
    for (var detail : details.getDetailsList()) {
      if (detail.is(RetryInfo.class)) {
        return detail.unpack(RetryInfo.class).getRetryDelay().getSeconds();
      }
    }
    return fail("no RetryInfo");
  }
}
