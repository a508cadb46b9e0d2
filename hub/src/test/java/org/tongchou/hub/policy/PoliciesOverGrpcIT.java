package org.tongchou.hub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
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
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListPoliciesRequest;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.PoliciesGrpc;
import org.tongchou.proto.v1.PublishPolicyRequest;
import org.tongchou.proto.v1.PublishPolicyResponse;
import org.tongchou.proto.v1.ReevaluatePeriodRequest;
import org.tongchou.proto.v1.ReevaluatePeriodResponse;
import org.tongchou.proto.v1.Side;

/**
 * The national office publishes a stricter version at runtime: new duties follow it, old ones keep
 * theirs, until the Jiangsu office re-evaluates a quarter under it, on record.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoliciesOverGrpcIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient national;
  static HubClient jiangsuOffice;
  static Fact before;

  @BeforeAll
  static void start() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("policies"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    national = TestHub.clientAs(hub, Role.OFFICE, null);
    jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, "320000");
    before =
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-03-01");
    wuxi.submitOne(before);
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    national.close();
    jiangsuOffice.close();
    hub.close();
  }

  static PoliciesGrpc.PoliciesBlockingStub policies(HubClient client) {
    return client.authorized(PoliciesGrpc.newBlockingStub(client.channel()));
  }

  /** The shipped national policy, 20 days for the certificate check, from 2026. */
  static String stricter(String version) {
    return new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8)
        .replace("version: national-2009.1", "version: " + version)
        .replace("effectiveFrom: 2009-10-01", "effectiveFrom: 2026-01-01")
        .replaceFirst("due: \\{days: 30}", "due: {days: 20}");
  }

  static List<ListedObligation> verifications() {
    return wuxi.authorized(AssessmentGrpc.newBlockingStub(wuxi.channel()))
        .listObligations(
            ListObligationsRequest.newBuilder()
                .setRegion(Facts.WUXI)
                .setPeriod("2026-Q1")
                .setSide(Side.INFLOW)
                .setIndicator("certificate-verification")
                .setCatchUp(true)
                .build())
        .getObligationsList();
  }

  @Test
  @Order(1)
  void theShippedVersionsAreListedWithTheirHashes() {
    assertThat(
            policies(wuxi).listPolicies(ListPoliciesRequest.getDefaultInstance()).getPoliciesList())
        .extracting(p -> p.getVersion() + " " + p.getScope() + " " + p.getSha256().length())
        .containsExactly("national-2009.1 national 64", "jiangsu-2021.1 320000 64");
  }

  @Test
  @Order(2)
  void onlyTheNationalOfficePublishesANationalVersion() {
    for (HubClient notAllowed : List.of(jiangsuOffice, wuxi)) {
      assertThatThrownBy(
              () ->
                  policies(notAllowed)
                      .publishPolicy(
                          PublishPolicyRequest.newBuilder()
                              .setText(stricter("national-2026.1"))
                              .build()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
  }

  @Test
  @Order(3)
  void aPolicyWithMistakesIsRefusedNamingEachByItsPath() {
    assertThatThrownBy(
            () ->
                policies(national)
                    .publishPolicy(
                        PublishPolicyRequest.newBuilder()
                            .setText(
                                stricter("national-2026.1")
                                    .replaceFirst("due: \\{days: 20}", "due: {days: 20, weeks: 1}"))
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(Refusals.fields(StatusProto.fromThrowable(e)))
                  .containsExactly("obligations[0].due.weeks");
            });
  }

  @Test
  @Order(4)
  void aPublishedVersionAppliesToNewDutiesAtOnceAndLeavesOldOnesAlone() {
    PublishPolicyResponse published =
        policies(national)
            .publishPolicy(
                PublishPolicyRequest.newBuilder().setText(stricter("national-2026.1")).build());
    assertThat(published.getNewVersion()).isTrue();
    assertThat(
            policies(national)
                .publishPolicy(
                    PublishPolicyRequest.newBuilder().setText(stricter("national-2026.1")).build())
                .getNewVersion())
        .as("the same text again")
        .isFalse();
    assertThatThrownBy(
            () ->
                policies(national)
                    .publishPolicy(
                        PublishPolicyRequest.newBuilder()
                            .setText(
                                stricter("national-2026.1")
                                    .replace("dueSoonDays: 5", "dueSoonDays: 6"))
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS));

    wuxi.submitOne(
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-03-01"));

    assertThat(verifications())
        .extracting(o -> o.getObligation().getPolicyVersion() + " " + o.getObligation().getDueOn())
        .containsExactlyInAnyOrder(
            "national-2009.1+jiangsu-2021.1 2026-03-31",
            "national-2026.1+jiangsu-2021.1 2026-03-21");
  }

  @Test
  @Order(5)
  void anOfficesReevaluationOfTheQuarterMovesTheOldDutyToTheNewVersionOnRecord() {
    ReevaluatePeriodResponse done =
        policies(jiangsuOffice)
            .reevaluatePeriod(
                ReevaluatePeriodRequest.newBuilder()
                    .setRegion("320000")
                    .setPeriod("2026-Q1")
                    .setPolicyVersion("national-2026.1+jiangsu-2021.1")
                    .setReason("the 2026 rules apply to the whole of 2026")
                    .build());

    assertThat(done.getChanged()).isGreaterThanOrEqualTo(1);
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    assertThat(verifications())
        .filteredOn(o -> o.getObligation().getObligationId().contains(before.getRecordId()))
        .extracting(
            o ->
                o.getObligation()
                        .getObligationId()
                        .substring(o.getObligation().getObligationId().indexOf('#'))
                    + " "
                    + o.getObligation().getStatus()
                    + " "
                    + o.getObligation().getPolicyVersion())
        .containsExactlyInAnyOrder(
            "#1 REASSIGNED national-2009.1+jiangsu-2021.1",
            "#2 OVERDUE national-2026.1+jiangsu-2021.1");
  }

  @Test
  @Order(6)
  void aRegionMayNotReevaluate() {
    assertThatThrownBy(
            () ->
                policies(wuxi)
                    .reevaluatePeriod(
                        ReevaluatePeriodRequest.newBuilder()
                            .setRegion(Facts.WUXI)
                            .setPeriod("2026-Q1")
                            .setPolicyVersion("national-2009.1")
                            .setReason("x")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }
}
