package org.tongchou.hub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.EndLinkRequest;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.IdentityLinkState;
import org.tongchou.proto.v1.LinkRequest;
import org.tongchou.proto.v1.RequestLinkRequest;

/**
 * Wuxi registered one woman twice, the second time under a mistyped ID number. It asks to link the
 * two; Henan, where she is registered, confirms; the mistyped number's facts then join her record;
 * a split makes them its own again. Nothing recorded before moves.
 */
class IdentityLinkOverGrpcIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient henan;

  @BeforeAll
  static void start() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("identities"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    henan = TestHub.clientFor(hub, Facts.HENAN);
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    henan.close();
    hub.close();
  }

  static IdentitiesGrpc.IdentitiesBlockingStub identities(HubClient client) {
    return client.authorized(IdentitiesGrpc.newBlockingStub(client.channel()));
  }

  /**
   * The same woman under her number and a mistyped one (another birth day), both arrived in Wuxi.
   */
  static String[] registeredTwice() {
    String real = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    LocalDate born =
        LocalDate.parse(
            real.substring(6, 10) + "-" + real.substring(10, 12) + "-" + real.substring(12, 14));
    String mistyped =
        IdNumbers.of(
            Facts.ZHENGZHOU_ZHONGYUAN, born.plusDays(1), Integer.parseInt(real.substring(14, 17)));
    wuxi.submitOne(Facts.arrival(real, Facts.WUXI_BINHU, "2026-03-01"));
    wuxi.submitOne(Facts.arrival(mistyped, Facts.WUXI_BINHU, "2026-03-02"));
    return new String[] {real, mistyped};
  }

  static IdentityLinkState requestLink(String keep, String alias) {
    return identities(wuxi)
        .requestLink(
            RequestLinkRequest.newBuilder()
                .setKeepIdNumber(keep)
                .setAliasIdNumber(alias)
                .setReason("one woman; the second number was mistyped")
                .build());
  }

  @Test
  void aConfirmedLinkSendsTheAliasNumbersFactsToTheKeptRecordAndASplitSendsThemBack() {
    String[] numbers = registeredTwice();
    String keptKey = wuxi.timeline(numbers[0]).getPersonKey();
    String aliasKey = wuxi.timeline(numbers[1]).getPersonKey();
    IdentityLinkState requested = requestLink(numbers[0], numbers[1]);
    assertThat(requested.getStatus()).isEqualTo("requested");

    IdentityLinkState linked =
        identities(henan)
            .confirmLink(LinkRequest.newBuilder().setLinkId(requested.getLinkId()).build());
    assertThat(linked.getStatus()).isEqualTo("linked");

    FactOutcome afterLink =
        wuxi.submitOne(Facts.service(numbers[1], Facts.WUXI_BINHU, "2026-03-10"));
    assertThat(afterLink.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    assertThat(afterLink.getReceipt().getPersonKey()).isEqualTo(keptKey);
    assertThat(wuxi.timeline(numbers[1]).getPersonKey())
        .as("the alias reads as the kept person")
        .isEqualTo(keptKey);

    identities(henan)
        .splitLink(
            EndLinkRequest.newBuilder()
                .setLinkId(requested.getLinkId())
                .setReason("two different women after all")
                .build());

    FactOutcome afterSplit =
        wuxi.submitOne(Facts.service(numbers[1], Facts.WUXI_BINHU, "2026-03-11"));
    assertThat(afterSplit.getReceipt().getPersonKey()).isEqualTo(aliasKey);
  }

  @Test
  void theRequestingRegionCannotConfirmItsOwnRequest() {
    String[] numbers = registeredTwice();
    IdentityLinkState requested = requestLink(numbers[0], numbers[1]);

    assertThatThrownBy(
            () ->
                identities(wuxi)
                    .confirmLink(LinkRequest.newBuilder().setLinkId(requested.getLinkId()).build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
              assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                  .isEqualTo("NOT_SECOND_PARTY");
            });
  }

  @Test
  void aDeclinedRequestChangesNothing() {
    String[] numbers = registeredTwice();
    String aliasKey = wuxi.timeline(numbers[1]).getPersonKey();
    IdentityLinkState requested = requestLink(numbers[0], numbers[1]);

    identities(henan)
        .declineLink(
            EndLinkRequest.newBuilder()
                .setLinkId(requested.getLinkId())
                .setReason("different women")
                .build());

    assertThat(
            wuxi.submitOne(Facts.service(numbers[1], Facts.WUXI_BINHU, "2026-03-10"))
                .getReceipt()
                .getPersonKey())
        .isEqualTo(aliasKey);
    assertThatThrownBy(
            () ->
                identities(henan)
                    .confirmLink(LinkRequest.newBuilder().setLinkId(requested.getLinkId()).build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.FAILED_PRECONDITION));
  }

  @Test
  void aRegionWithNoRelationshipToThePersonCannotTellWhetherTheNumbersExist() {
    String[] numbers = registeredTwice();
    try (HubClient guangzhou = TestHub.clientFor(hub, "440100")) {
      assertThatThrownBy(
              () ->
                  identities(guangzhou)
                      .requestLink(
                          RequestLinkRequest.newBuilder()
                              .setKeepIdNumber(numbers[0])
                              .setAliasIdNumber(numbers[1])
                              .setReason("guess")
                              .build()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    }
    try (HubClient auditor = TestHub.clientAs(hub, Role.AUDITOR, null)) {
      assertThatThrownBy(
              () ->
                  identities(auditor)
                      .requestLink(
                          RequestLinkRequest.newBuilder()
                              .setKeepIdNumber(numbers[0])
                              .setAliasIdNumber(numbers[1])
                              .setReason("audit")
                              .build()))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
  }

  @Test
  void aBadNumberIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                identities(wuxi)
                    .requestLink(
                        RequestLinkRequest.newBuilder()
                            .setKeepIdNumber("410102199003071522")
                            .setAliasIdNumber("x")
                            .setReason("r")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(Refusals.fields(StatusProto.fromThrowable(e)))
                  .containsExactly("keep_id_number");
            });
  }
}
