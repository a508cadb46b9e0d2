package org.tongchou.hub.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.AccessLogReads;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogGrpc;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.ListAccessLogRequest;
import org.tongchou.proto.v1.ListSuspiciousAccessRequest;
import org.tongchou.proto.v1.PersonsGrpc;
import org.tongchou.proto.v1.SuspiciousAccess;

/**
 * Who can reach the feed-delivery log, tried from outside over gRPC on PostgreSQL: a person
 * registered in Zhengzhou (Henan) arrives in Wuxi; Wuxi's feed and Henan's feed each deliver a page
 * about them. The national office and auditors see both deliveries; Jiangsu's office only Wuxi's,
 * Henan's office only Henan's; a region sees no deliveries at all, not even its own; and each
 * refused attempt is itself in the log.
 */
@PostgresHub
class FeedDeliveryLogAttackIT {

  @Autowired ApplicationContext context;
  @Autowired CredentialStore credentials;
  final String run = UUID.randomUUID().toString().substring(0, 8);
  final List<HubClient> clients = new ArrayList<>();
  String person;
  AccessLogReads auditor;

  @BeforeEach
  void wuxiAndHenanReceiveAPageAboutAnArrival() {
    auditor = new AccessLogReads(client(Role.AUDITOR, null, "auditor"));
    String wuxiToken = credentials.issue(Role.REGION, Facts.WUXI, label("wuxi-feed"));
    String henanToken = credentials.issue(Role.REGION, Facts.HENAN, label("henan-feed"));
    HubClient wuxi = client(Role.REGION, Facts.WUXI, "wuxi");
    try (FeedClient wuxiFeed = FeedClient.fromEnd(wuxi, wuxiToken, 1_000);
        FeedClient henanFeed = FeedClient.fromEnd(wuxi, henanToken, 1_000)) {
      String id = IdNumbers.woman("410102");
      assertThat(wuxi.submitOne(Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01")).getKind())
          .isEqualTo(FactOutcome.Kind.ACCEPTED);
      FeedItem atWuxi = wuxiFeed.nextEvent(10_000);
      assertThat(atWuxi).as("the arrival reaches Wuxi's feed").isNotNull();
      person = atWuxi.getFact().getPersonKey();
      assertThat(henanFeed.nextEvent(10_000)).as("the owner hears of the arrival").isNotNull();
    }
  }

  @AfterEach
  void disconnect() {
    clients.forEach(HubClient::close);
  }

  HubClient client(Role role, String jurisdiction, String name) {
    HubClient client =
        new HubClient(
            TestHub.grpcPort(context), credentials.issue(role, jurisdiction, label(name)));
    clients.add(client);
    return client;
  }

  String label(String name) {
    return name + "-" + run;
  }

  static ListAccessLogRequest deliveriesAbout(String person) {
    return ListAccessLogRequest.newBuilder()
        .setSubject(person)
        .setFeedDeliveries(true)
        .setPurpose("who received this person's data")
        .build();
  }

  static List<String> readers(List<AccessLogEntry> entries) {
    return entries.stream().map(AccessLogEntry::getReader).distinct().toList();
  }

  @Test
  void anAuditorFindsEveryFeedThatDeliveredThePersonByPersonKey() {
    List<AccessLogEntry> deliveries = auditor.list(deliveriesAbout(person));

    assertThat(readers(deliveries)).contains(label("wuxi-feed"), label("henan-feed"));
    assertThat(deliveries)
        .allSatisfy(e -> assertThat(e.getOutcome()).isEqualTo("delivered"))
        .allSatisfy(e -> assertThat(e.getSubjectsList()).contains(person));
  }

  @Test
  void theNationalOfficeListsEveryCredentialsDeliveriesButNotTheRestOfTheLog() {
    AccessLogReads national = new AccessLogReads(client(Role.OFFICE, null, "national"));

    assertThat(readers(national.list(deliveriesAbout(person))))
        .contains(label("wuxi-feed"), label("henan-feed"));
    assertRefused(
        () ->
            national.list(
                ListAccessLogRequest.newBuilder().setSubject(person).setPurpose("all").build()));
  }

  @Test
  void aProvincialOfficeSeesOnlyTheDeliveriesOfItsOwnSubtree() {
    AccessLogReads jiangsu = new AccessLogReads(client(Role.OFFICE, "320000", "jiangsu"));
    AccessLogReads henan = new AccessLogReads(client(Role.OFFICE, Facts.HENAN, "henan-office"));

    assertThat(readers(jiangsu.list(deliveriesAbout(person)))).containsExactly(label("wuxi-feed"));
    assertThat(readers(henan.list(deliveriesAbout(person)))).containsExactly(label("henan-feed"));
    assertThat(
            jiangsu.list(
                ListAccessLogRequest.newBuilder()
                    .setReader(label("henan-feed"))
                    .setFeedDeliveries(true)
                    .setPurpose("asking for another province's credential by name")
                    .build()))
        .as("naming another province's credential finds nothing")
        .isEmpty();
    assertThat(
            jiangsu.list(
                ListAccessLogRequest.newBuilder()
                    .setFeedDeliveries(true)
                    .setPurpose("everything it may see")
                    .build()))
        .as("an office never sees anything but deliveries within its jurisdiction")
        .allSatisfy(
            e -> {
              assertThat(e.getOutcome()).isEqualTo("delivered");
              assertThat(e.getJurisdiction()).startsWith("32");
            });
  }

  @Test
  void anOfficeMayNotReadTheRestOfTheLogNorTheSuspiciousPatterns() {
    HubClient jiangsu = client(Role.OFFICE, "320000", "nosy-office");

    assertRefused(
        () ->
            new AccessLogReads(jiangsu)
                .list(ListAccessLogRequest.newBuilder().setPurpose("everything").build()));
    assertRefused(() -> suspicious(jiangsu, ListSuspiciousAccessRequest.getDefaultInstance()));

    assertThat(auditor.by(label("nosy-office")))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.getOutcome()).isEqualTo("refused:AUDITOR_ONLY"));
  }

  @Test
  void aRegionSeesNoDeliveriesNotEvenItsOwnAndEveryAttemptIsLogged() {
    HubClient wuxi = client(Role.REGION, Facts.WUXI, "nosy-region");
    AccessLogReads asWuxi = new AccessLogReads(wuxi);

    assertRefused(() -> asWuxi.list(deliveriesAbout(person)));
    assertRefused(
        () ->
            asWuxi.list(
                ListAccessLogRequest.newBuilder()
                    .setReader(label("wuxi-feed"))
                    .setFeedDeliveries(true)
                    .build()));
    assertRefused(() -> suspicious(wuxi, ListSuspiciousAccessRequest.getDefaultInstance()));

    assertThat(auditor.by(label("nosy-region")))
        .hasSize(3)
        .allSatisfy(e -> assertThat(e.getOutcome()).isEqualTo("refused:AUDITOR_ONLY"));
  }

  @Test
  void aRegionReadingTenPersonsItIsNotEntitledToIsListedAsSuspicious() {
    HubClient suzhou = client(Role.REGION, Facts.SUZHOU, "curious-suzhou");
    for (int i = 0; i < 10; i++) {
      String stranger = IdNumbers.woman("410102");
      assertThatThrownBy(
              () ->
                  suzhou
                      .authorized(PersonsGrpc.newBlockingStub(suzhou.channel()))
                      .getTimeline(
                          GetTimelineRequest.newBuilder()
                              .setIdNumber(stranger)
                              .setPurpose("curious")
                              .build()))
          .isInstanceOf(StatusRuntimeException.class);
    }

    List<SuspiciousAccess> found =
        suspicious(
            auditor(),
            ListSuspiciousAccessRequest.newBuilder()
                .setReader(label("curious-suzhou"))
                .setPurpose("weekly review")
                .build());

    assertThat(found)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getRule()).isEqualTo("REFUSED_READS");
              assertThat(f.getJurisdiction()).isEqualTo(Facts.SUZHOU);
              assertThat(f.getSubjects()).isEqualTo(10);
            });
    assertThat(auditor.by(label("auditor-2")))
        .as("the auditor's look is itself logged")
        .anySatisfy(e -> assertThat(e.getAction()).isEqualTo("AccessLog.ListSuspiciousAccess"));
  }

  HubClient auditor() {
    return client(Role.AUDITOR, null, "auditor-2");
  }

  static List<SuspiciousAccess> suspicious(HubClient as, ListSuspiciousAccessRequest request) {
    List<SuspiciousAccess> found = new ArrayList<>();
    as.authorized(AccessLogGrpc.newBlockingStub(as.channel()))
        .listSuspiciousAccess(request)
        .forEachRemaining(found::add);
    return found;
  }

  static void assertRefused(Runnable attempt) {
    assertThatThrownBy(attempt::run)
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
              assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                  .isEqualTo("AUDITOR_ONLY");
            });
  }
}
