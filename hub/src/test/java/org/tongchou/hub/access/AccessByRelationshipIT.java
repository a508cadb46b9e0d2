package org.tongchou.hub.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.CertificateIssued;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.PersonRef;
import org.tongchou.proto.v1.Timeline;

/**
 * docs/ACCESS.md's matrix, relationship by relationship and class of data by class of data, over
 * gRPC on real PostgreSQL: the timeline (each class of data) and the feed (which of the person's
 * events reach the reader).
 *
 * <p>The person, registered in Zhengzhou 中原区 (Henan, 410000, owns her): lived in Suzhou's 姑苏区 first
 * (Suzhou is her former residence), now lives in Wuxi's 滨湖区 (Wuxi is her residence), has a
 * certificate Henan issued, and got a service from Nanjing's 玄武区 (Nanjing only reported). Guangdong
 * (440000) has nothing to do with her.
 */
class AccessByRelationshipIT {

  static final String NANJING = "320100";
  static final String NANJING_XUANWU = "320102";
  static final String GUANGDONG = "440000";

  static ConfigurableApplicationContext hub;
  static CredentialStore credentials;
  static String id;
  static long before;
  static Fact suzhouArrival;
  static Fact wuxiArrival;
  static Fact certificate;
  static Fact service;

  @BeforeAll
  static void herStory() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("relationships"));
    credentials = hub.getBean(CredentialStore.class);
    id = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    before = hub.getBean(org.tongchou.hub.feed.app.FeedReader.class).head();
    suzhouArrival = Facts.arrival(id, Facts.SUZHOU_GUSU, "2026-01-05");
    Fact suzhouEnd = Facts.residenceEnded(id, Facts.SUZHOU_GUSU, "2026-02-20", "moved_on");
    wuxiArrival = Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01");
    certificate =
        Fact.newBuilder()
            .setRecordId(Facts.recordId())
            .setRegion(Facts.ZHENGZHOU_ZHONGYUAN)
            .setOccurredOn("2026-03-02")
            .setPerson(PersonRef.newBuilder().setIdNumber(id))
            .setCertificateIssued(
                CertificateIssued.newBuilder()
                    .setCertificateNumber("HN-7")
                    .setValidUntil("2029-03-02")
                    .setMaritalStatus("married")
                    .setChildren(2)
                    .setContraception("private note"))
            .build();
    service = Facts.service(id, NANJING_XUANWU, "2026-03-10");
    submit(Facts.SUZHOU, suzhouArrival, suzhouEnd);
    submit(Facts.WUXI, wuxiArrival);
    submit(Facts.HENAN, certificate);
    submit(NANJING, service);
  }

  @AfterAll
  static void stop() {
    hub.close();
  }

  static void submit(String region, Fact... facts) {
    try (HubClient client = TestHub.clientFor(hub, region)) {
      assertThat(client.submit(List.of(facts)))
          .allSatisfy(o -> assertThat(o.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED));
    }
  }

  static String token(String who) {
    String[] parts = who.split(":");
    Role role = Role.parse(parts[0]);
    String code = parts.length > 1 ? parts[1] : null;
    return credentials.issue(
        role, role == Role.AUDITOR ? null : Caller.jurisdictionOfOffice(code), "matrix-" + who);
  }

  /** What of the timeline's classes of data the reader sees, as the matrix names them. */
  static Set<String> seenInTimeline(String who) {
    try (HubClient reader = new HubClient(TestHub.grpcPort(hub), token(who))) {
      Timeline t = reader.timeline(id);
      Set<String> seen = new java.util.TreeSet<>();
      if (!t.getIdentityWithheld() && !t.getName().isEmpty()) {
        seen.add("identity");
      }
      for (var f : t.getFactsList()) {
        String recordId = f.getFact().getRecordId();
        if (recordId.equals(suzhouArrival.getRecordId())) {
          seen.add("suzhou-period");
        } else if (recordId.equals(wuxiArrival.getRecordId())) {
          seen.add("wuxi-period");
        } else if (recordId.equals(service.getRecordId())) {
          seen.add("nanjing-report");
        } else if (recordId.equals(certificate.getRecordId())) {
          seen.add(
              f.getFact().getCertificateIssued().getMaritalStatus().isEmpty()
                  ? "certificate-number"
                  : "certificate-whole");
        }
      }
      return seen;
    } catch (StatusRuntimeException e) {
      assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
      return Set.of("NOT_FOUND");
    }
  }

  /** The record ids of her facts that reached the reader's feed. */
  static Set<String> seenOnFeed(String who) {
    try (HubClient client = new HubClient(TestHub.grpcPort(hub), null);
        FeedClient feed = new FeedClient(client, token(who), before, 1_000, 200)) {
      List<FeedItem> items = new ArrayList<>();
      FeedItem item;
      // Checkpoints come every 200 ms: wait for events, and stop once none came for 1.5 s.
      while ((item = feed.nextEvent(1_500)) != null) {
        items.add(item);
      }
      return items.stream()
          .filter(FeedItem::hasFact)
          .map(i -> i.getFact().getRecorded().getFact().getRecordId())
          .map(
              r ->
                  r.equals(suzhouArrival.getRecordId())
                      ? "suzhou-period"
                      : r.equals(wuxiArrival.getRecordId())
                          ? "wuxi-period"
                          : r.equals(service.getRecordId())
                              ? "nanjing-report"
                              : r.equals(certificate.getRecordId()) ? "certificate" : "other")
          .filter(s -> !s.equals("other"))
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  static Set<String> set(String spaced) {
    return spaced.isBlank() ? Set.of() : Set.of(spaced.trim().split(" "));
  }

  @ParameterizedTest(name = "{0} ({1}) sees in the timeline: {2}")
  @CsvSource({
    "region:410000, owner, identity suzhou-period wuxi-period nanjing-report certificate-whole",
    "region:320200, residence, identity wuxi-period certificate-number",
    "region:320500, former residence, identity suzhou-period",
    "region:320100, reporter only, nanjing-report",
    "region:440000, stranger, NOT_FOUND",
    "office:320000, office over three of them, "
        + "identity suzhou-period wuxi-period nanjing-report certificate-number",
    "office:410000, office over the owner, "
        + "identity suzhou-period wuxi-period nanjing-report certificate-whole",
    "office:440000, office over nobody, NOT_FOUND",
    "auditor, auditor, identity suzhou-period wuxi-period nanjing-report certificate-whole"
  })
  void theTimelineShowsEachRelationshipItsClassesOfData(
      String who, String relationship, String expected) {
    assertThat(seenInTimeline(who)).as(relationship).isEqualTo(set(expected));
  }

  @ParameterizedTest(name = "{0} ({1}) gets on its feed: {2}")
  @CsvSource({
    "region:410000, owner, suzhou-period wuxi-period nanjing-report certificate",
    "region:320200, residence, wuxi-period certificate",
    "region:320500, former residence, suzhou-period",
    "region:320100, reporter only, nanjing-report",
    "region:440000, stranger, ''"
  })
  void theFeedCarriesEachRelationshipOnlyWhatItMaySee(
      String who, String relationship, String expected) {
    assertThat(seenOnFeed(who)).as(relationship).isEqualTo(set(expected));
  }

  @ParameterizedTest(name = "{0} may not know of her through the timeline")
  @CsvSource({"region:440000", "office:440000"})
  void aStrangerGetsNotFoundAsForSomeoneNeverRecorded(String who) {
    try (HubClient reader = new HubClient(TestHub.grpcPort(hub), token(who))) {
      String nobody = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
      StatusRuntimeException aboutHer = catchStatus(() -> reader.timeline(id));
      StatusRuntimeException aboutNobody = catchStatus(() -> reader.timeline(nobody));
      assertThat(aboutHer.getStatus().getCode()).isEqualTo(aboutNobody.getStatus().getCode());
      assertThat(aboutHer.getMessage()).isEqualTo(aboutNobody.getMessage());
    }
  }

  static StatusRuntimeException catchStatus(Runnable call) {
    StatusRuntimeException[] caught = new StatusRuntimeException[1];
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(StatusRuntimeException.class, e -> caught[0] = e);
    return caught[0];
  }
}
