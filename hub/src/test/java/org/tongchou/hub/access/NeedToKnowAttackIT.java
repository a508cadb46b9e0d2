package org.tongchou.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Timestamp;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AccessKind;
import org.tongchou.proto.v1.CertificateIssued;
import org.tongchou.proto.v1.ContestArrivalRequest;
import org.tongchou.proto.v1.ContestGround;
import org.tongchou.proto.v1.DecideRegistrationClaimRequest;
import org.tongchou.proto.v1.EntitlementsServiceGrpc;
import org.tongchou.proto.v1.ErasePersonRequest;
import org.tongchou.proto.v1.ErasureGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.GrantAccessRequest;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.PersonRef;
import org.tongchou.proto.v1.PersonSelector;
import org.tongchou.proto.v1.RequestLinkRequest;
import org.tongchou.proto.v1.RuleOnContestRequest;
import org.tongchou.proto.v1.Timeline;

/**
 * The attack of issue #12, from outside, over gRPC on real PostgreSQL, as a county that holds only
 * an ID number would try it: probe, gain entitlement by writing, read and follow, hijack. Each step
 * fails uniformly and leaves a trail in the access log; the legitimate parties see what
 * docs/ACCESS.md says they see.
 *
 * <p>The person: registered in Zhengzhou 中原区 (Henan owns her), living in Wuxi's 滨湖区, with a
 * certificate Henan issued. The attacker: Suzhou (320500), which has nothing to do with her.
 */
@PostgresHub
class NeedToKnowAttackIT {

  static final String NAME = "王芳";

  @Autowired ApplicationContext context;
  @Autowired CredentialStore credentials;
  @Autowired FeedReader feed;
  @Autowired JdbcTemplate jdbc;

  HubClient wuxi;
  HubClient henan;
  HubClient suzhou;
  String id;
  Fact arrival;

  @BeforeEach
  void herArrivalInWuxiAndHerCertificateFromHenan() {
    wuxi = TestHub.clientFor(context, Facts.WUXI);
    henan = TestHub.clientFor(context, Facts.HENAN);
    suzhou = TestHub.clientFor(context, Facts.SUZHOU);
    id = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    arrival = Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01");
    assertThat(wuxi.submitOne(arrival).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    assertThat(henan.submitOne(certificate(id)).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
    henan.close();
    suzhou.close();
  }

  static Fact certificate(String idNumber) {
    return Fact.newBuilder()
        .setRecordId(Facts.recordId())
        .setRegion(Facts.ZHENGZHOU_ZHONGYUAN)
        .setOccurredOn("2026-02-20")
        .setPerson(PersonRef.newBuilder().setIdNumber(idNumber))
        .setCertificateIssued(
            CertificateIssued.newBuilder()
                .setCertificateNumber("HN-2026-0001")
                .setValidUntil("2029-02-20")
                .setMaritalStatus("married")
                .setChildren(1)
                .setContraception("IUD since 2021"))
        .build();
  }

  static Fact ending(String idNumber, boolean named) {
    Fact ending = Facts.residenceEnded(idNumber, Facts.SUZHOU_GUSU, "2026-05-01", "moved_on");
    return named
        ? ending
        : ending.toBuilder().setPerson(PersonRef.newBuilder().setIdNumber(idNumber)).build();
  }

  /** What a refusal tells its reader, with the record id it echoes taken out. */
  static String asSeen(FactOutcome outcome) {
    return outcome.toString().replace(outcome.getRecordId(), "RECORD");
  }

  @Test
  void step1AProbeGetsTheSameAnswerForAKnownAndAnUnknownPersonAndIsLogged() {
    String unknown = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    long logBefore = accessLogSize();

    for (boolean named : List.of(false, true)) {
      FactOutcome aboutHer = suzhou.submitOne(ending(id, named));
      FactOutcome aboutNobody = suzhou.submitOne(ending(unknown, named));
      assertThat(aboutHer.getKind()).isEqualTo(FactOutcome.Kind.REFUSED);
      assertThat(asSeen(aboutHer)).as("named: " + named).isEqualTo(asSeen(aboutNobody));
    }
    assertThat(refusedSubmitsBy(Facts.SUZHOU, logBefore))
        .as("each batch of probes is in the access log")
        .isEqualTo(4);
  }

  @Test
  void step1AStrangersAcceptedFactGetsAReceiptWithoutThePersonsChain() {
    FactOutcome service = suzhou.submitOne(Facts.service(id, Facts.SUZHOU_GUSU, "2026-04-01"));
    FactOutcome newcomer =
        suzhou.submitOne(
            Facts.service(
                IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), Facts.SUZHOU_GUSU, "2026-04-01"));

    for (FactOutcome outcome : List.of(service, newcomer)) {
      assertThat(outcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
      assertThat(outcome.getReceipt().getPersonKey()).isEmpty();
      assertThat(outcome.getReceipt().getPersonSequence()).isZero();
      assertThat(outcome.getReceipt().getPreviousHash()).isEmpty();
      assertThat(outcome.getReceipt().getSignature().getReceiptBody().toStringUtf8())
          .doesNotContain("personKey")
          .doesNotContain("personSequence")
          .doesNotContain("previousHash");
    }
  }

  @Test
  void step2And3WritingGrantsNoReadingAndTheFeedDoesNotFollowHer() {
    long head = feed.head();
    assertThat(
            suzhou
                .submit(
                    List.of(
                        Facts.service(id, Facts.SUZHOU_GUSU, "2026-04-01"),
                        Facts.registered(id, Facts.SUZHOU_GUSU, "2026-04-01").toBuilder()
                            .setPerson(
                                Facts.person(id).toBuilder()
                                    .setRegistrationRegion(Facts.SUZHOU_GUSU))
                            .build()))
                .stream()
                .map(FactOutcome::getKind))
        .containsOnly(FactOutcome.Kind.ACCEPTED);

    Timeline seen = suzhou.timeline(id);
    assertThat(seen.getIdentityWithheld()).isTrue();
    assertThat(seen.getName()).isEmpty();
    assertThat(seen.getRegistrationRegion()).isEmpty();
    assertThat(seen.getFactsList())
        .allSatisfy(f -> assertThat(f.getFact().getRegion()).isEqualTo(Facts.SUZHOU_GUSU));
    assertThat(seen.toString()).doesNotContain("HN-2026-0001").doesNotContain(NAME);

    assertThat(wuxi.submitOne(Facts.service(id, Facts.WUXI_BINHU, "2026-04-10")).getKind())
        .isEqualTo(FactOutcome.Kind.ACCEPTED);
    try (FeedClient follow =
        new FeedClient(suzhou, token(Role.REGION, Facts.SUZHOU), head, 100, 200)) {
      List<FeedItem> items = drain(follow);
      assertThat(items)
          .filteredOn(FeedItem::hasFact)
          .allSatisfy(
              i ->
                  assertThat(i.getFact().getRecorded().getFact().getRegion())
                      .isEqualTo(Facts.SUZHOU_GUSU));
    }
  }

  @Test
  void step4ARegistrationNamedByAStrangerIsOnlyAClaimTheOwnerRejects() {
    Fact hijack =
        Facts.registered(id, Facts.SUZHOU_GUSU, "2026-04-01").toBuilder()
            .setPerson(Facts.person(id).toBuilder().setRegistrationRegion(Facts.SUZHOU_GUSU))
            .build();
    assertThat(suzhou.submitOne(hijack).getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);

    Timeline owner = henan.timeline(id);
    assertThat(owner.getRegistrationRegion()).isEqualTo(Facts.ZHENGZHOU_ZHONGYUAN);
    assertThat(owner.getClaimsList())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getClaimedRegion()).isEqualTo(Facts.SUZHOU_GUSU);
              assertThat(c.getStatus()).isEqualTo("open");
            });

    // Suzhou's office may not erase her, nor decide the claim Suzhou made.
    try (HubClient jiangsuOffice =
        new HubClient(TestHub.grpcPort(context), token(Role.OFFICE, "320000"))) {
      expectStatus(
          () ->
              jiangsuOffice
                  .authorized(ErasureGrpc.newBlockingStub(jiangsuOffice.channel()))
                  .erasePerson(
                      ErasePersonRequest.newBuilder().setIdNumber(id).setReason("hijack").build()),
          Status.Code.NOT_FOUND,
          Status.Code.PERMISSION_DENIED);
    }
    var entitlements = henan.authorized(EntitlementsServiceGrpc.newBlockingStub(henan.channel()));
    entitlements.decideRegistrationClaim(
        DecideRegistrationClaimRequest.newBuilder()
            .setPerson(PersonSelector.newBuilder().setIdNumber(id))
            .setClaimId(owner.getClaims(0).getClaimId())
            .setConfirm(false)
            .setReason("she is registered in Zhengzhou")
            .build());
    assertThat(henan.timeline(id).getClaims(0).getStatus()).isEqualTo("rejected");
    assertThat(henan.timeline(id).getRegistrationRegion()).isEqualTo(Facts.ZHENGZHOU_ZHONGYUAN);
  }

  @Test
  void step4AStrangerCannotAskToLinkHerIntoAnotherRecord() {
    String other = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    suzhou.submitOne(Facts.service(other, Facts.SUZHOU_GUSU, "2026-04-01"));
    suzhou.submitOne(Facts.service(id, Facts.SUZHOU_GUSU, "2026-04-01"));

    expectStatus(
        () ->
            suzhou
                .authorized(IdentitiesGrpc.newBlockingStub(suzhou.channel()))
                .requestLink(
                    RequestLinkRequest.newBuilder()
                        .setKeepIdNumber(other)
                        .setAliasIdNumber(id)
                        .setReason("same person")
                        .build()),
        Status.Code.NOT_FOUND);
  }

  @Test
  void theResidenceSeesTheIdentityAndTheCertificatesNumberButNotItsPrivateParts() {
    Timeline seen = wuxi.timeline(id);

    assertThat(seen.getIdentityWithheld()).isFalse();
    assertThat(seen.getName()).isEqualTo(NAME);
    assertThat(seen.getRelationshipsList()).containsExactly("residence");
    var certificate =
        seen.getFactsList().stream()
            .filter(f -> f.getFact().hasCertificateIssued())
            .findFirst()
            .orElseThrow()
            .getFact()
            .getCertificateIssued();
    assertThat(certificate.getCertificateNumber()).isEqualTo("HN-2026-0001");
    assertThat(certificate.getValidUntil()).isEqualTo("2029-02-20");
    assertThat(certificate.getMaritalStatus()).isEmpty();
    assertThat(certificate.getContraception()).isEmpty();

    Timeline owner = henan.timeline(id);
    assertThat(owner.getRelationshipsList()).containsExactly("owner");
    assertThat(owner.toString()).contains("IUD since 2021");
  }

  @Test
  void anArrivalUnderAnotherNameGrantsNothingAndOnlyTheOwnerHearsOfIt() {
    long head = feed.head();
    Fact impostor =
        Facts.arrival(id, Facts.SUZHOU_GUSU, "2026-05-01").toBuilder()
            .setPerson(Facts.person(id).toBuilder().setName("李四"))
            .build();
    FactOutcome outcome = suzhou.submitOne(impostor);
    assertThat(outcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);

    assertThat(suzhou.timeline(id).getIdentityWithheld()).isTrue();
    try (FeedClient owner = new FeedClient(henan, token(Role.REGION, Facts.HENAN), head, 100, 200);
        FeedClient destination =
            new FeedClient(suzhou, token(Role.REGION, Facts.SUZHOU), head, 100, 200)) {
      assertThat(drain(owner))
          .anySatisfy(i -> assertThat(i.getAccess().getChange()).isEqualTo("identity-mismatch"));
      assertThat(drain(destination))
          .noneSatisfy(i -> assertThat(i.getAccess().getChange()).isEqualTo("identity-mismatch"));
    }
  }

  @Test
  void theOwnerContestsAnArrivalAndTheDestinationIsSuspendedUntilTheOfficeOverBothRules() {
    var owner = henan.authorized(EntitlementsServiceGrpc.newBlockingStub(henan.channel()));
    String arrivalKey = Facts.WUXI_BINHU + "/" + arrival.getRecordId();
    owner.contestArrival(
        ContestArrivalRequest.newBuilder()
            .setPerson(PersonSelector.newBuilder().setIdNumber(id))
            .setArrivalKey(arrivalKey)
            .setGround(ContestGround.CONTEST_GROUND_NOT_THERE)
            .setReason("she works in Zhengzhou")
            .build());

    assertThat(wuxi.timeline(id).getIdentityWithheld()).isTrue();

    try (HubClient national =
        new HubClient(TestHub.grpcPort(context), token(Role.OFFICE, "national"))) {
      national
          .authorized(EntitlementsServiceGrpc.newBlockingStub(national.channel()))
          .ruleOnContest(
              RuleOnContestRequest.newBuilder()
                  .setPerson(PersonSelector.newBuilder().setIdNumber(id))
                  .setArrivalKey(arrivalKey)
                  .setUpheld(false)
                  .setReason("Wuxi's landlord confirmed her rental")
                  .build());
    }
    assertThat(wuxi.timeline(id).getIdentityWithheld()).isFalse();
  }

  @Test
  void anOfficesEmergencyAccessOpensTheHistoryUntilItEndsAndTheOwnerHearsOfIt() {
    suzhou.submitOne(Facts.service(id, Facts.SUZHOU_GUSU, "2026-04-01"));
    long head = feed.head();
    try (HubClient jiangsuOffice =
        new HubClient(TestHub.grpcPort(context), token(Role.OFFICE, "320000"))) {
      Instant until = Instant.now().plus(1, ChronoUnit.DAYS);
      jiangsuOffice
          .authorized(EntitlementsServiceGrpc.newBlockingStub(jiangsuOffice.channel()))
          .grantAccess(
              GrantAccessRequest.newBuilder()
                  .setPerson(PersonSelector.newBuilder().setIdNumber(id))
                  .setRegion(Facts.SUZHOU)
                  .setKind(AccessKind.ACCESS_KIND_EMERGENCY)
                  .setUntil(Timestamp.newBuilder().setSeconds(until.getEpochSecond()))
                  .setReason("child protection case 17")
                  .build());
    }
    Timeline seen = suzhou.timeline(id);
    assertThat(seen.getIdentityWithheld()).isFalse();
    assertThat(seen.toString()).contains("IUD since 2021");
    try (FeedClient owner =
        new FeedClient(henan, token(Role.REGION, Facts.HENAN), head, 100, 200)) {
      assertThat(drain(owner))
          .anySatisfy(
              i ->
                  assertThat(i.getAccess().getEntitlementsList())
                      .anySatisfy(e -> assertThat(e.getRelationship()).isEqualTo("emergency")));
    }
  }

  String token(Role role, String code) {
    return credentials.issue(
        role,
        role == Role.AUDITOR
            ? null
            : org.tongchou.hub.access.domain.Caller.jurisdictionOfOffice(code),
        role + "-" + code);
  }

  long accessLogSize() {
    return jdbc.queryForObject(
        "SELECT COALESCE(MAX(sequence), 0) FROM access_log_entry", Long.class);
  }

  long refusedSubmitsBy(String jurisdiction, long afterSequence) {
    return jdbc.queryForObject(
        "SELECT COUNT(*) FROM access_log_entry WHERE sequence > ? "
            + "AND action = 'RegionSync.Submit' AND jurisdiction = ? AND outcome LIKE 'refused%'",
        Long.class, afterSequence, jurisdiction);
  }

  static List<FeedItem> drain(FeedClient client) {
    List<FeedItem> items = new java.util.ArrayList<>();
    FeedItem item;
    // Checkpoints come every 200 ms: wait for events, and stop once none came for 1.5 s.
    while ((item = client.nextEvent(1500)) != null) {
      items.add(item);
    }
    return items;
  }

  static void expectStatus(Runnable call, Status.Code... codes) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isIn((Object[]) codes));
  }
}
