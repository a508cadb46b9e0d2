package org.tongchou.hub.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.AccessLogReads;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.MovableClock;
import org.tongchou.hub.testing.MovableClockConfiguration;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogGrpc;
import org.tongchou.proto.v1.ContestArrivalRequest;
import org.tongchou.proto.v1.ContestGround;
import org.tongchou.proto.v1.EntitlementsServiceGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.ListSuspiciousAccessRequest;
import org.tongchou.proto.v1.PersonSelector;
import org.tongchou.proto.v1.SuspiciousAccess;

/**
 * The two detection rules that need more than the access log (docs/ACCESS.md, "Detection"), over
 * real gRPC on PostgreSQL, in a schema of their own (so the findings are only these) with simulated
 * time: an attacker writes a fact naming a person and reads her at once, and files an arrival her
 * owner contests; the legitimate residence and owner, who dealt with her days before, read her too.
 * The auditor's listing names the attacker and its division, and neither legitimate region.
 */
class SuspiciousAccessIT {

  /** 10:00 in China: office hours, so that no read here is also a night read. */
  static final String START = "2027-03-01T02:00:00Z";

  static ConfigurableApplicationContext hub;
  static MovableClock clock;
  static final List<HubClient> clients = new ArrayList<>();
  static HubClient auditor;

  @BeforeAll
  static void startAHubWithItsOwnClock() {
    List<String> args = new ArrayList<>(List.of(TestHub.inFreshSchema("suspicious")));
    args.add("--spring.main.allow-bean-definition-overriding=true");
    args.add("--tongchou.test.clock-start=" + START);
    hub =
        TestHub.startOnPostgres(
            new Class<?>[] {MovableClockConfiguration.class}, args.toArray(String[]::new));
    clock = hub.getBean(MovableClock.class);
    auditor = client(Role.AUDITOR, null, "auditor");
  }

  @AfterAll
  static void stop() {
    clients.forEach(HubClient::close);
    hub.close();
  }

  static HubClient client(Role role, String jurisdiction, String label) {
    HubClient client =
        new HubClient(
            TestHub.grpcPort(hub),
            hub.getBean(CredentialStore.class).issue(role, jurisdiction, label));
    clients.add(client);
    return client;
  }

  static List<SuspiciousAccess> suspicious(String reader) {
    List<SuspiciousAccess> found = new ArrayList<>();
    auditor
        .authorized(AccessLogGrpc.newBlockingStub(auditor.channel()))
        .listSuspiciousAccess(
            ListSuspiciousAccessRequest.newBuilder()
                .setReader(reader)
                .setPurpose("weekly review")
                .build())
        .forEachRemaining(found::add);
    return found;
  }

  static void accepted(HubClient region, Fact fact) {
    assertThat(region.submitOne(fact).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
  }

  @Test
  void theProbeThenReadAndTheContestedArrivalAreListedAndTheLegitimateRegionsAreNot() {
    HubClient wuxi = client(Role.REGION, Facts.WUXI, "wuxi-adapter");
    HubClient henan = client(Role.REGION, Facts.HENAN, "henan-adapter");
    HubClient suzhou = client(Role.REGION, Facts.SUZHOU, "suzhou-attacker");
    String her = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String another = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);

    // Given Wuxi, where she lives, and Henan, which owns her, dealt with her three days ago,
    accepted(wuxi, Facts.arrival(her, Facts.WUXI_BINHU, "2027-02-20"));
    accepted(henan, Facts.registered(her, Facts.ZHENGZHOU_ZHONGYUAN, "2027-02-20"));
    clock.advance(Duration.ofDays(3));
    // and read her today as their work needs,
    assertThat(wuxi.timeline(her).getIdentityWithheld()).isFalse();
    assertThat(henan.timeline(her).getIdentityWithheld()).isFalse();

    // when Suzhou writes a fact naming her and reads her at once (the probe-then-read),
    accepted(suzhou, Facts.service(her, Facts.SUZHOU_GUSU, "2027-02-25"));
    assertThat(suzhou.timeline(her).getIdentityWithheld()).isTrue();
    // and files an arrival of another woman whose number and name it holds, which her owner
    // contests,
    Fact impostor = Facts.arrival(another, Facts.SUZHOU_GUSU, "2027-02-25");
    accepted(suzhou, impostor);
    henan
        .authorized(EntitlementsServiceGrpc.newBlockingStub(henan.channel()))
        .contestArrival(
            ContestArrivalRequest.newBuilder()
                .setPerson(PersonSelector.newBuilder().setIdNumber(another))
                .setArrivalKey(Facts.SUZHOU_GUSU + "/" + impostor.getRecordId())
                .setGround(ContestGround.CONTEST_GROUND_NOT_OUR_PERSON)
                .setReason("she lives in Zhengzhou")
                .build());

    // then the auditor's listing names Suzhou's read and the division of the contested arrival,
    List<SuspiciousAccess> all = suspicious("");
    assertThat(all)
        .extracting(SuspiciousAccess::getRule, SuspiciousAccess::getReader)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("READ_AFTER_FIRST_FACT", "suzhou-attacker"),
            org.assertj.core.groups.Tuple.tuple("CONTESTED_ARRIVAL", Facts.SUZHOU_GUSU));
    assertThat(all)
        .filteredOn(f -> f.getRule().equals("READ_AFTER_FIRST_FACT"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getRole()).isEqualTo("REGION");
              assertThat(f.getJurisdiction()).isEqualTo(Facts.SUZHOU);
              assertThat(f.getSubjects()).isEqualTo(1);
              assertThat(f.getDay()).isEqualTo("2027-03-04");
            });
    assertThat(all)
        .filteredOn(f -> f.getRule().equals("CONTESTED_ARRIVAL"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.getJurisdiction()).isEqualTo(Facts.SUZHOU_GUSU);
              assertThat(f.getSubjects()).isEqualTo(1);
              assertThat(f.getDescription()).contains("reported in " + Facts.SUZHOU_GUSU);
            });
    // each found by the name it is listed under, the contest not under the owner that made it;
    assertThat(suspicious("suzhou-attacker"))
        .extracting(SuspiciousAccess::getRule)
        .containsExactly("READ_AFTER_FIRST_FACT");
    assertThat(suspicious(Facts.SUZHOU_GUSU))
        .extracting(SuspiciousAccess::getRule)
        .containsExactly("CONTESTED_ARRIVAL");
    assertThat(suspicious("henan-adapter")).isEmpty();
    assertThat(suspicious("wuxi-adapter")).isEmpty();
    // and the contest is in the log, with the person, the arrival and its division, no name.
    List<AccessLogEntry> contests =
        new AccessLogReads(auditor).about("division:" + Facts.SUZHOU_GUSU);
    assertThat(contests)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getAction()).isEqualTo("EntitlementsService.ContestArrival");
              assertThat(e.getReader()).isEqualTo("henan-adapter");
              assertThat(e.getPurpose()).isEqualTo("not-our-person");
              assertThat(e.getSubjectsList())
                  .contains("arrival:" + Facts.SUZHOU_GUSU + "/" + impostor.getRecordId());
              assertThat(e.toString()).doesNotContain(another).doesNotContain("王芳");
            });
  }

  @Test
  void onlyAnAuditorGetsTheListing() {
    HubClient office = client(Role.OFFICE, "320000", "jiangsu-office");

    assertThatThrownBy(
            () ->
                office
                    .authorized(AccessLogGrpc.newBlockingStub(office.channel()))
                    .listSuspiciousAccess(ListSuspiciousAccessRequest.getDefaultInstance())
                    .forEachRemaining(f -> {}))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
  }
}
