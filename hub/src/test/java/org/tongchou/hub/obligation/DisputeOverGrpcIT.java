package org.tongchou.hub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.DisputeObligationRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.ObligationStatus;
import org.tongchou.proto.v1.RuleOnDisputeRequest;

/** Wuxi disputes a certificate check; the Jiangsu office upholds it and the duty moves to 梁溪区. */
class DisputeOverGrpcIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient jiangsuOffice;

  @BeforeAll
  static void start() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("disputes"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, "320000");
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    jiangsuOffice.close();
    hub.close();
  }

  static CoordinationGrpc.CoordinationBlockingStub coordination(HubClient client) {
    return client.authorized(CoordinationGrpc.newBlockingStub(client.channel()));
  }

  static String verificationOfANewArrival() {
    Fact arrival =
        Facts.arrival(IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.WUXI_BINHU, "2026-03-01");
    wuxi.submitOne(arrival);
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    return "certificate-verification/" + Facts.WUXI_BINHU + "/" + arrival.getRecordId() + "#1";
  }

  @Test
  void anUpheldDisputeMovesTheDutyToTheRegionTheOfficeNames() {
    String id = verificationOfANewArrival();

    Obligation disputed =
        coordination(wuxi)
            .disputeObligation(
                DisputeObligationRequest.newBuilder()
                    .setObligationId(id)
                    .setReason("she lives in 梁溪区, we registered the wrong district")
                    .build());
    assertThat(disputed.getDispute()).isEqualTo("disputed");
    assertThat(disputed.getDisputedBy()).isEqualTo(Facts.WUXI);

    Obligation ruled =
        coordination(jiangsuOffice)
            .ruleOnDispute(
                RuleOnDisputeRequest.newBuilder()
                    .setObligationId(id)
                    .setUpheld(true)
                    .setAssignTo("320213")
                    .setReason("checked with 梁溪区")
                    .build());

    assertThat(ruled.getStatus()).isEqualTo(ObligationStatus.REASSIGNED);
    assertThat(ruled.getDispute()).isEqualTo("upheld");
    assertThat(ruled.getReplacedBy()).endsWith("#2");
  }

  @Test
  void aRegionMayNotRuleAndAnOfficeMayNotDispute() {
    String id = verificationOfANewArrival();

    assertThatThrownBy(
            () ->
                coordination(jiangsuOffice)
                    .disputeObligation(
                        DisputeObligationRequest.newBuilder()
                            .setObligationId(id)
                            .setReason("x")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e ->
                assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                    .isEqualTo("REGION_ONLY"));
    assertThatThrownBy(
            () ->
                coordination(wuxi)
                    .ruleOnDispute(
                        RuleOnDisputeRequest.newBuilder()
                            .setObligationId(id)
                            .setUpheld(false)
                            .setReason("x")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e ->
                assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                    .isEqualTo("OFFICE_ONLY"));
  }

  @Test
  void upholdingWithoutNamingTheRegionIsRefusedNamingTheField() {
    String id = verificationOfANewArrival();
    coordination(wuxi)
        .disputeObligation(
            DisputeObligationRequest.newBuilder()
                .setObligationId(id)
                .setReason("not ours")
                .build());

    assertThatThrownBy(
            () ->
                coordination(jiangsuOffice)
                    .ruleOnDispute(
                        RuleOnDisputeRequest.newBuilder()
                            .setObligationId(id)
                            .setUpheld(true)
                            .setReason("yes")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(Refusals.fields(StatusProto.fromThrowable(e)))
                  .containsExactly("assign_to");
            });
  }
}
