package org.tongchou.hub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
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
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.RuleOnConflictRequest;

/**
 * Two Jiangsu cities claim the same woman: the conflict reaches both cities and the Jiangsu office,
 * which lists it and rules; another province's office may not; the timeline follows the ruling.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConflictRulingOverGrpcIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient suzhou;
  static HubClient jiangsuOffice;
  static String woman;

  @BeforeAll
  static void twoCitiesClaimHer() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("conflicts"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    suzhou = TestHub.clientFor(hub, Facts.SUZHOU);
    jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, "320000");
    woman = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    wuxi.submitOne(Facts.arrival(woman, Facts.WUXI_BINHU, "2026-03-01"));
    suzhou.submitOne(Facts.arrival(woman, Facts.SUZHOU_GUSU, "2026-04-01"));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    suzhou.close();
    jiangsuOffice.close();
    hub.close();
  }

  static CoordinationGrpc.CoordinationBlockingStub coordination(HubClient client) {
    return client.authorized(CoordinationGrpc.newBlockingStub(client.channel()));
  }

  static ListedConflict theConflict() {
    List<ListedConflict> conflicts =
        coordination(jiangsuOffice)
            .listConflicts(
                ListConflictsRequest.newBuilder().setRegion("320000").setCatchUp(true).build())
            .getConflictsList();
    assertThat(conflicts).hasSize(1);
    return conflicts.get(0);
  }

  @Test
  @Order(1)
  void theJiangsuOfficeListsTheConflictAsEscalatedToItWithTheDayItBecomesFinal() {
    ResidenceConflict conflict = theConflict().getConflict();

    assertThat(conflict.getEscalatedTo()).isEqualTo("320000");
    assertThat(conflict.getStatus()).isEqualTo("open");
    assertThat(conflict.getProvisionalRegion()).isEqualTo(Facts.WUXI_BINHU);
    assertThat(theConflict().getFinalOn()).isNotEmpty();
  }

  @Test
  @Order(2)
  void anOfficeOfAnotherProvinceMayNotRuleAndIsToldWhichOfficeMay() {
    try (HubClient guangdong = TestHub.clientAs(hub, Role.OFFICE, "440000")) {
      ListedConflict listed = theConflict();
      assertThatThrownBy(
              () ->
                  coordination(guangdong)
                      .ruleOnConflict(
                          RuleOnConflictRequest.newBuilder()
                              .setPersonKey(listed.getPersonKey())
                              .setConflictId(listed.getConflict().getConflictId())
                              .setResidenceRegion(Facts.SUZHOU_GUSU)
                              .setReason("no")
                              .build()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
                assertThat(e.getStatus().getDescription()).contains("office 320000");
                assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                    .isEqualTo("OUTSIDE_JURISDICTION");
              });
    }
  }

  @Test
  @Order(3)
  void theJiangsuOfficeRulesAndBothCitiesFeedsCarryTheRulingAndTheTimelineFollowsIt() {
    long before = hub.getBean(org.tongchou.hub.feed.app.FeedReader.class).head();
    ListedConflict listed = theConflict();

    ResidenceConflict ruled =
        coordination(jiangsuOffice)
            .ruleOnConflict(
                RuleOnConflictRequest.newBuilder()
                    .setPersonKey(listed.getPersonKey())
                    .setConflictId(listed.getConflict().getConflictId())
                    .setResidenceRegion(Facts.SUZHOU_GUSU)
                    .setReason("tenancy records show Suzhou from April")
                    .build());

    assertThat(ruled.getStatus()).isEqualTo("ruled");
    try (FeedClient wuxiFeed =
        new FeedClient(
            wuxi,
            hub.getBean(org.tongchou.hub.access.app.CredentialStore.class)
                .issue(Facts.WUXI, "feed"),
            before,
            1_000,
            60_000)) {
      FeedItem item = wuxiFeed.nextEvent(10_000);
      while (item != null && !item.hasConflict()) {
        item = wuxiFeed.nextEvent(10_000);
      }
      assertThat(item).isNotNull();
      assertThat(item.getConflict().getChange()).isEqualTo("ruled");
      assertThat(item.getConflict().getOffice()).isEqualTo("320000");
      assertThat(item.getConflict().getConflict().getResidenceRegion())
          .isEqualTo(Facts.SUZHOU_GUSU);
    }
    var timeline = suzhou.timeline(woman);
    assertThat(timeline.getConflictsList())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getStatus()).isEqualTo("ruled");
              assertThat(c.getResidenceRegion()).isEqualTo(Facts.SUZHOU_GUSU);
            });
  }

  @Test
  @Order(4)
  void aRegionMayNotRuleAtAll() {
    ListedConflict listed = theConflict();
    assertThatThrownBy(
            () ->
                coordination(wuxi)
                    .ruleOnConflict(
                        RuleOnConflictRequest.newBuilder()
                            .setPersonKey(listed.getPersonKey())
                            .setConflictId(listed.getConflict().getConflictId())
                            .setResidenceRegion(Facts.WUXI_BINHU)
                            .setReason("mine")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e ->
                assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                    .isEqualTo("OFFICE_ONLY"));
  }

  @Test
  @Order(5)
  void aSecondRulingIsRefusedAsTheConflictIsClosed() {
    ListedConflict listed = theConflict();
    assertThatThrownBy(
            () ->
                coordination(jiangsuOffice)
                    .ruleOnConflict(
                        RuleOnConflictRequest.newBuilder()
                            .setPersonKey(listed.getPersonKey())
                            .setConflictId(listed.getConflict().getConflictId())
                            .setResidenceRegion(Facts.WUXI_BINHU)
                            .setReason("changed our mind")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION);
              assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                  .isEqualTo("CONFLICT_CLOSED");
            });
  }
}
