package org.tongchou.hub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.IdentityLinkState;
import org.tongchou.proto.v1.LinkRequest;
import org.tongchou.proto.v1.LinkRequestsServiceGrpc;
import org.tongchou.proto.v1.ListLinkRequestsRequest;
import org.tongchou.proto.v1.ListedLinkRequest;
import org.tongchou.proto.v1.RequestLinkRequest;

/**
 * Who sees identity link requests (docs/ACCESS.md), over a real gRPC channel on PostgreSQL: Wuxi
 * asks to link two numbers of a woman registered in Henan's 中原区. Wuxi (the requester), Henan (over
 * the owner that must confirm) and their offices see the request; Guangzhou and Guangdong's office,
 * no party to it, get an empty list and no error; every list is on the access log.
 */
class LinkRequestsAttackIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient henan;

  @BeforeAll
  static void start() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("link_requests"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    henan = TestHub.clientFor(hub, Facts.HENAN);
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    henan.close();
    hub.close();
  }

  static List<ListedLinkRequest> list(HubClient client, String status, String jurisdiction) {
    return client
        .authorized(LinkRequestsServiceGrpc.newBlockingStub(client.channel()))
        .listLinkRequests(
            ListLinkRequestsRequest.newBuilder()
                .setStatus(status)
                .setJurisdiction(jurisdiction)
                .setCatchUp(true)
                .build())
        .getLinkRequestsList();
  }

  static List<String> linkIds(HubClient client, String status) {
    return list(client, status, "").stream().map(ListedLinkRequest::getLinkId).toList();
  }

  /** Wuxi asks to link a woman's mistyped number into her real one; the request's state. */
  static IdentityLinkState aRequestFromWuxi() {
    String real = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    LocalDate born =
        LocalDate.parse(
            real.substring(6, 10) + "-" + real.substring(10, 12) + "-" + real.substring(12, 14));
    String mistyped =
        IdNumbers.of(
            Facts.ZHENGZHOU_ZHONGYUAN, born.plusDays(1), Integer.parseInt(real.substring(14, 17)));
    wuxi.submitOne(Facts.arrival(real, Facts.WUXI_BINHU, "2026-03-01"));
    wuxi.submitOne(Facts.arrival(mistyped, Facts.WUXI_BINHU, "2026-03-02"));
    return wuxi.authorized(IdentitiesGrpc.newBlockingStub(wuxi.channel()))
        .requestLink(
            RequestLinkRequest.newBuilder()
                .setKeepIdNumber(real)
                .setAliasIdNumber(mistyped)
                .setReason("one woman; the second number was mistyped")
                .build());
  }

  @Test
  void theRequesterAndTheConfirmingPartyAndTheirOfficesSeeAPendingRequest() {
    IdentityLinkState requested = aRequestFromWuxi();

    List<ListedLinkRequest> byHenan = list(henan, "pending", "");
    assertThat(byHenan).extracting(ListedLinkRequest::getLinkId).contains(requested.getLinkId());
    ListedLinkRequest row =
        byHenan.stream().filter(r -> r.getLinkId().equals(requested.getLinkId())).findFirst().get();
    assertThat(row.getRequestedBy()).isEqualTo(Facts.WUXI);
    assertThat(row.getConfirmingPartiesList()).containsExactly(Facts.ZHENGZHOU_ZHONGYUAN);
    assertThat(row.getAliasKey()).isEqualTo(requested.getAliasKey());
    assertThat(row.getPrimaryKey()).isEqualTo(requested.getPrimaryKey());
    assertThat(row.getRequestedAt()).isNotEmpty();
    assertThat(row.getDecidedAt()).isEmpty();
    assertThat(row.toString())
        .as("no ID number and no name")
        .doesNotContainPattern("\\d{17}[0-9X]")
        .doesNotContain("王芳");

    assertThat(linkIds(wuxi, "pending")).contains(requested.getLinkId());
    try (HubClient henanOffice = TestHub.clientAs(hub, Role.OFFICE, Facts.HENAN);
        HubClient jiangsuOffice = TestHub.clientAs(hub, Role.OFFICE, "320000");
        HubClient auditor = TestHub.clientAs(hub, Role.AUDITOR, null)) {
      assertThat(linkIds(henanOffice, "pending")).contains(requested.getLinkId());
      assertThat(list(henanOffice, "pending", Facts.ZHENGZHOU_ZHONGYUAN))
          .extracting(ListedLinkRequest::getLinkId)
          .contains(requested.getLinkId());
      assertThat(linkIds(jiangsuOffice, "pending"))
          .as("over the requester")
          .contains(requested.getLinkId());
      assertThat(linkIds(auditor, "")).contains(requested.getLinkId());
    }
  }

  @Test
  void aStrangerRegionAndAnOfficeOutsideTheSubtreeSeeNothingAndAreLogged() {
    IdentityLinkState requested = aRequestFromWuxi();
    JdbcTemplate jdbc = hub.getBean(JdbcTemplate.class);
    try (HubClient guangzhou = TestHub.clientFor(hub, "440100");
        HubClient guangdongOffice = TestHub.clientAs(hub, Role.OFFICE, "440000");
        HubClient suzhou = TestHub.clientFor(hub, Facts.SUZHOU)) {
      for (String status : new String[] {"", "pending", "linked", "declined", "split"}) {
        assertThat(list(guangzhou, status, "")).isEmpty();
        assertThat(list(guangdongOffice, status, "")).isEmpty();
        assertThat(list(suzhou, status, ""))
            .as("a neighbour of the requester")
            .extracting(ListedLinkRequest::getLinkId)
            .doesNotContain(requested.getLinkId());
      }
      assertThat(list(guangdongOffice, "", "440100")).isEmpty();
      assertThatThrownBy(() -> list(guangzhou, "pending", Facts.HENAN))
          .as("naming another's jurisdiction is refused whether or not it has requests")
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
      assertThatThrownBy(() -> list(guangzhou, "waiting", ""))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
    }
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM access_log_entry WHERE action = ? AND jurisdiction = ?",
                Long.class,
                "LinkRequestsService.ListLinkRequests",
                "440100"))
        .as("the stranger's lists are on the access log, the refused one too")
        .isGreaterThanOrEqualTo(7);
    assertThat(linkIds(henan, "pending")).contains(requested.getLinkId());
  }

  @Test
  void aConfirmedRequestLeavesThePendingListForTheLinkedOne() {
    IdentityLinkState requested = aRequestFromWuxi();
    henan
        .authorized(IdentitiesGrpc.newBlockingStub(henan.channel()))
        .confirmLink(LinkRequest.newBuilder().setLinkId(requested.getLinkId()).build());

    assertThat(linkIds(henan, "pending")).doesNotContain(requested.getLinkId());
    List<ListedLinkRequest> linked = list(wuxi, "linked", "");
    assertThat(linked).extracting(ListedLinkRequest::getLinkId).contains(requested.getLinkId());
    ListedLinkRequest row =
        linked.stream().filter(r -> r.getLinkId().equals(requested.getLinkId())).findFirst().get();
    assertThat(row.getDecidedBy()).isEqualTo(Facts.HENAN);
    assertThat(row.getDecidedAt()).isNotEmpty();
    try (HubClient guangzhou = TestHub.clientFor(hub, "440100")) {
      assertThat(list(guangzhou, "linked", "")).isEmpty();
    }
  }

  @Test
  void withOwnersInTwoProvincesBothSeeTheRequestAndOnesApprovalWhileItWaitsForTheOther() {
    String henans = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String suzhous = IdNumbers.woman(Facts.SUZHOU_GUSU);
    wuxi.submitOne(Facts.arrival(henans, Facts.WUXI_BINHU, "2026-03-01"));
    wuxi.submitOne(
        Facts.arrival(suzhous, Facts.WUXI_BINHU, "2026-03-02").toBuilder()
            .setPerson(
                Facts.person(suzhous).toBuilder().setRegistrationRegion(Facts.SUZHOU_GUSU).build())
            .build());
    IdentityLinkState requested =
        wuxi.authorized(IdentitiesGrpc.newBlockingStub(wuxi.channel()))
            .requestLink(
                RequestLinkRequest.newBuilder()
                    .setKeepIdNumber(henans)
                    .setAliasIdNumber(suzhous)
                    .setReason("one woman under two numbers")
                    .build());
    IdentityLinkState approved =
        henan
            .authorized(IdentitiesGrpc.newBlockingStub(henan.channel()))
            .confirmLink(LinkRequest.newBuilder().setLinkId(requested.getLinkId()).build());
    assertThat(approved.getStatus()).as("one owner of two approves").isEqualTo("requested");

    try (HubClient suzhou = TestHub.clientFor(hub, Facts.SUZHOU)) {
      ListedLinkRequest row =
          list(suzhou, "pending", "").stream()
              .filter(r -> r.getLinkId().equals(requested.getLinkId()))
              .findFirst()
              .orElseThrow();
      assertThat(row.getConfirmingPartiesList())
          .containsExactlyInAnyOrder(Facts.SUZHOU_GUSU, Facts.ZHENGZHOU_ZHONGYUAN);
      assertThat(row.getApprovedByList()).containsExactly(Facts.HENAN);
    }
  }
}
