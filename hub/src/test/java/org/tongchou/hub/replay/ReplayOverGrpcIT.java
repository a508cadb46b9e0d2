package org.tongchou.hub.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.LiveReadModels;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AsOf;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.DiffMessage;
import org.tongchou.proto.v1.DiffRequest;
import org.tongchou.proto.v1.DiffResult;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetPublishedScorecardRequest;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.ListPublishedScorecardsRequest;
import org.tongchou.proto.v1.ObligationDifference;
import org.tongchou.proto.v1.PoliciesGrpc;
import org.tongchou.proto.v1.PublishPolicyRequest;
import org.tongchou.proto.v1.PublishScorecardRequest;
import org.tongchou.proto.v1.PublishedScorecard;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.ReplayMessage;
import org.tongchou.proto.v1.ReplayRequest;
import org.tongchou.proto.v1.ReplayResult;

/**
 * Replay end to end, over gRPC on PostgreSQL. Two women from Zhengzhou arrive in Wuxi in April 2026
 * and Wuxi asks Henan to verify each; Henan answers the first in 15 days (on time under the shipped
 * 30 days), the urgent second in 4. Henan's office publishes Henan's scorecard; then later facts
 * arrive (a third woman, an answer). An auditor replays as of then and gets the very bytes
 * published and exported then; under a newer national version that gives 10 days, exactly the first
 * answer turns late; and the live read models and their token are untouched throughout.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplayOverGrpcIT {

  static final String PERIOD = "2026-Q2";

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient henan;
  static HubClient henanOffice;
  static HubClient auditor;
  static Fact askA;
  static long positionThen;
  static Instant timeThen;
  static byte[] henanCsvThen;
  static byte[] wuxiCsvThen;
  static PublishedScorecard published;

  @BeforeAll
  static void tellTheStory() throws Exception {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("replay"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    henan = TestHub.clientFor(hub, Facts.HENAN);
    henanOffice = TestHub.clientAs(hub, Role.OFFICE, Facts.HENAN);
    auditor = TestHub.clientAs(hub, Role.AUDITOR, null);
    String a = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String b = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    askA =
        Facts.verificationRequested(
            a, Facts.WUXI_BINHU, "2026-04-05", false); // due 5 May; 15 April at 10 days
    Fact askB =
        Facts.verificationRequested(
            b, Facts.WUXI_BINHU, "2026-04-06", true); // urgent: 15 days either way
    wuxi.submit(
        List.of(
            Facts.arrival(a, Facts.WUXI_BINHU, "2026-04-01"),
            Facts.arrival(b, Facts.WUXI_BINHU, "2026-04-02"),
            askA,
            askB));
    henan.submit(
        List.of(
            Facts.verificationAnswered(a, Facts.ZHENGZHOU_ZHONGYUAN, "2026-04-20", askA),
            Facts.verificationAnswered(b, Facts.ZHENGZHOU_ZHONGYUAN, "2026-04-10", askB)));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));

    positionThen =
        assessment(henan)
            .getScorecards(
                GetScorecardsRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod(PERIOD)
                    .setCatchUp(true)
                    .build())
            .getAsOf()
            .getPosition();
    henanCsvThen = export(henan, Facts.HENAN);
    wuxiCsvThen = export(wuxi, Facts.WUXI);
    timeThen = Instant.now();
    published =
        replay(henanOffice)
            .publishScorecard(
                PublishScorecardRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod(PERIOD)
                    .build());
    Thread.sleep(20); // the later facts are recorded strictly after timeThen

    String c = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    Fact askC = Facts.verificationRequested(c, Facts.WUXI_BINHU, "2026-04-07", false);
    wuxi.submit(List.of(Facts.arrival(c, Facts.WUXI_BINHU, "2026-04-03"), askC));
    henan.submit(
        List.of(Facts.verificationAnswered(c, Facts.ZHENGZHOU_ZHONGYUAN, "2026-06-20", askC)));
    // A newer national version: verification answers are due in 10 days. It comes into force in
    // 2027, so no live obligation of this history is decided under it.
    String newer =
        new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8)
            .replace("version: national-2009.1", "version: national-2027.1")
            .replace("effectiveFrom: 2009-10-01", "effectiveFrom: 2027-01-01")
            .replace(
                "due: {days: 30}\n    dueWhenUrgent: {days: 15}",
                "due: {days: 10}\n    dueWhenUrgent: {days: 15}");
    assertThat(newer).contains("due: {days: 10}");
    try (HubClient national = TestHub.clientAs(hub, Role.OFFICE, null)) {
      national
          .authorized(PoliciesGrpc.newBlockingStub(national.channel()))
          .publishPolicy(PublishPolicyRequest.newBuilder().setText(newer).build());
    }
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    for (HubClient client : List.of(wuxi, henan, henanOffice, auditor)) {
      client.close();
    }
    hub.close();
  }

  static AssessmentGrpc.AssessmentBlockingStub assessment(HubClient client) {
    return client.authorized(AssessmentGrpc.newBlockingStub(client.channel()));
  }

  static ReplayGrpc.ReplayBlockingStub replay(HubClient client) {
    return client.authorized(ReplayGrpc.newBlockingStub(client.channel()));
  }

  static byte[] export(HubClient client, String region) {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assessment(client)
        .exportCsv(
            ExportCsvRequest.newBuilder()
                .setTable(ExportCsvRequest.Table.SCORECARDS)
                .setRegion(region)
                .setPeriod(PERIOD)
                .setCatchUp(true)
                .build())
        .forEachRemaining(chunk -> csv.writeBytes(chunk.getData().toByteArray()));
    return csv.toByteArray();
  }

  /** The replay's result; every message before it is progress. */
  static ReplayResult replayed(ReplayRequest request) {
    Iterator<ReplayMessage> messages = replay(auditor).replayScorecards(request);
    ReplayResult result = null;
    while (messages.hasNext()) {
      ReplayMessage m = messages.next();
      assertThat(result).as("nothing after the result").isNull();
      if (m.hasResult()) {
        result = m.getResult();
      }
    }
    assertThat(result).isNotNull();
    return result;
  }

  static DiffResult diffed(DiffRequest request) {
    List<DiffMessage> messages = new ArrayList<>();
    replay(auditor).diff(request).forEachRemaining(messages::add);
    assertThat(messages.get(messages.size() - 1).hasDiff()).isTrue();
    return messages.get(messages.size() - 1).getDiff();
  }

  static ReplayRequest.Builder henanAsOf(AsOf asOf) {
    return ReplayRequest.newBuilder().setRegion(Facts.HENAN).setPeriod(PERIOD).setAsOf(asOf);
  }

  @Test
  @Order(1)
  void givenLaterFactsWhenReplayedAsOfThePositionThenTheScorecardsAreTheBytesExportedThen() {
    assertThat(export(henan, Facts.HENAN))
        .as("the later facts changed the live scorecard")
        .isNotEqualTo(henanCsvThen);

    ReplayResult henanThen =
        replayed(henanAsOf(AsOf.newBuilder().setPosition(positionThen).build()).build());
    ReplayResult wuxiThen =
        replayed(
            ReplayRequest.newBuilder()
                .setRegion(Facts.WUXI)
                .setPeriod(PERIOD)
                .setAsOf(AsOf.newBuilder().setPosition(positionThen))
                .build());

    assertThat(henanThen.getCsv().toByteArray()).isEqualTo(henanCsvThen);
    assertThat(wuxiThen.getCsv().toByteArray()).isEqualTo(wuxiCsvThen);
    assertThat(henanThen.getPosition()).isEqualTo(positionThen);
    assertThat(henanThen.getPolicy()).isEqualTo("recorded");
    assertThat(henanThen.getPolicyVersionsList()).containsExactly("national-2009.1");
    assertThat(henanThen.getEvents()).isEqualTo(positionThen);
  }

  @Test
  @Order(2)
  void givenLaterFactsWhenReplayedAsOfTheRecordedTimeThenTheScorecardsAreTheBytesExportedThen() {
    ReplayResult then =
        replayed(
            henanAsOf(
                    AsOf.newBuilder()
                        .setRecordedAt(
                            com.google.protobuf.Timestamp.newBuilder()
                                .setSeconds(timeThen.getEpochSecond())
                                .setNanos(timeThen.getNano()))
                        .build())
                .build());

    assertThat(then.getCsv().toByteArray()).isEqualTo(henanCsvThen);
    assertThat(then.getPosition()).isEqualTo(positionThen);
  }

  @Test
  @Order(3)
  void aPublishedScorecardIsKeptByteForByteAndReproducedBitForBitByAReplay() {
    PublishedScorecard stored =
        replay(auditor)
            .getPublishedScorecard(
                GetPublishedScorecardRequest.newBuilder().setId(published.getId()).build());
    assertThat(stored.getId()).isEqualTo(Facts.HENAN + "/" + PERIOD + "/1");
    assertThat(stored.getCsv().toByteArray()).isEqualTo(henanCsvThen);
    assertThat(stored.getPosition()).isEqualTo(positionThen);
    assertThat(stored.getPublishedBy()).isEqualTo(Facts.HENAN);
    assertThat(stored.getPolicyVersionsList()).containsExactly("national-2009.1");
    assertThat(
            replay(henan)
                .listPublishedScorecards(
                    ListPublishedScorecardsRequest.newBuilder().setRegion(Facts.HENAN).build())
                .getScorecardsList())
        .extracting(PublishedScorecard::getId, PublishedScorecard::getCsv)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(published.getId(), ByteString.EMPTY));

    ReplayResult again =
        replayed(
            ReplayRequest.newBuilder()
                .setAsOf(AsOf.newBuilder().setPublishedId(published.getId()))
                .build());

    assertThat(again.getReproducesPublished()).isTrue();
    assertThat(again.getSha256()).isEqualTo(stored.getSha256());
  }

  @Test
  @Order(4)
  void aNewerPolicyVersionTurnsExactlyTheAnswerGivenAfterTenDaysLate() {
    DiffResult diff =
        diffed(
            DiffRequest.newBuilder()
                .setRegion(Facts.HENAN)
                .setPeriod(PERIOD)
                .setAsOf(AsOf.newBuilder().setPublishedId(published.getId()))
                .setRightPolicyVersion("national-2027.1")
                .build());

    assertThat(diff.getLeft().getReproducesPublished()).isTrue();
    assertThat(diff.getDifferencesList()).hasSize(1);
    ObligationDifference d = diff.getDifferences(0);
    assertThat(d.getSubject())
        .isEqualTo("verification-answer/" + Facts.WUXI_BINHU + "/" + askA.getRecordId());
    assertThat(d.getDiffersInList()).containsExactly("status", "credit");
    assertThat(d.getLeft().getStatus()).isEqualTo("met-on-time");
    assertThat(d.getRight().getStatus()).isEqualTo("met-late");
    assertThat(d.getLeft().getPolicyVersion()).isEqualTo("national-2009.1");
    assertThat(d.getRight().getPolicyVersion()).isEqualTo("national-2027.1");
    assertThat(d.getLeft().getCreditsMap())
        .containsEntry("outflow/verification-feedback-timeliness", "1.0000");
    assertThat(d.getRight().getCreditsMap())
        .containsEntry("outflow/verification-feedback-timeliness", "0.2000");
    assertThat(d.getLeft().getEventPositionsList()).isNotEmpty().allMatch(p -> p <= positionThen);
    assertThat(d.getRight().getEventPositionsList()).isNotEmpty();
    assertThat(diff.getRight().getSha256()).isNotEqualTo(diff.getLeft().getSha256());
  }

  @Test
  @Order(5)
  void theRecordedDecisionsAndTheirOwnVersionDerivedAfreshAgreeOnEveryObligation() {
    DiffResult diff =
        diffed(
            DiffRequest.newBuilder()
                .setRegion(Facts.WUXI)
                .setPeriod(PERIOD)
                .setAsOf(AsOf.newBuilder().setPosition(positionThen))
                .setRightPolicyVersion("national-2009.1")
                .build());

    assertThat(diff.getDifferencesList()).isEmpty();
    assertThat(diff.getRight().getCsv()).isEqualTo(diff.getLeft().getCsv());
    assertThat(diff.getLeft().getObligations()).isPositive();
  }

  @Test
  @Order(6)
  void replaysAndDiffsLeaveTheLiveReadModelsAndTheirTokenUntouched() {
    List<String> before = LiveReadModels.state(hub);

    replayed(henanAsOf(AsOf.newBuilder().setPosition(positionThen).build()).build());
    replayed(henanAsOf(AsOf.getDefaultInstance()).setPolicyVersion("national-2027.1").build());
    diffed(
        DiffRequest.newBuilder()
            .setRegion(Facts.WUXI)
            .setPeriod("2026")
            .setRightPolicyVersion("jiangsu-2021.1")
            .build());

    assertThat(LiveReadModels.state(hub)).isEqualTo(before);
  }

  @Test
  @Order(7)
  void onlyAnAuditorReplaysAndOnlyAnOfficeOverTheDivisionPublishes() {
    for (HubClient notAuditor : List.of(henan, henanOffice)) {
      assertThatThrownBy(
              () ->
                  replay(notAuditor)
                      .replayScorecards(henanAsOf(AsOf.getDefaultInstance()).build())
                      .forEachRemaining(m -> {}))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
    try (HubClient jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, "320000")) {
      for (HubClient notOver : List.of(henan, jiangsuOffice, auditor)) {
        assertThatThrownBy(
                () ->
                    replay(notOver)
                        .publishScorecard(
                            PublishScorecardRequest.newBuilder()
                                .setRegion(Facts.HENAN)
                                .setPeriod(PERIOD)
                                .build()))
            .isInstanceOfSatisfying(
                StatusRuntimeException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
      }
      assertThatThrownBy(
              () ->
                  replay(jiangsuOffice)
                      .getPublishedScorecard(
                          GetPublishedScorecardRequest.newBuilder()
                              .setId(published.getId())
                              .build()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
  }

  @Test
  @Order(8)
  void anUnknownPolicyVersionOrAPositionBeyondTheLogIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                replayed(
                    henanAsOf(AsOf.getDefaultInstance())
                        .setPolicyVersion("national-1999.9")
                        .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(StatusProto.fromThrowable(e).toString()).contains("policy_version");
            });
    assertThatThrownBy(
            () -> replayed(henanAsOf(AsOf.newBuilder().setPosition(1_000_000).build()).build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(StatusProto.fromThrowable(e).toString()).contains("as_of.position");
            });
  }
}
