package org.tongchou.hub.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.accesslog.app.DeliveryLog;
import org.tongchou.hub.accesslog.domain.AccessEntry;
import org.tongchou.hub.platform.readmodel.ReadModels;
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
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.GetTimelineRequest;
import org.tongchou.proto.v1.ListAccessLogRequest;
import org.tongchou.proto.v1.PersonsGrpc;

/**
 * Reads of personal data over the real gRPC channel, on PostgreSQL, and what the access log says
 * about them. The person is registered in Zhengzhou (Henan) and lives in Wuxi's 滨湖区.
 */
@PostgresHub
class AccessLogIT {

  @Autowired ApplicationContext context;
  @Autowired CredentialStore credentials;
  String id;
  Fact arrival;
  String run = UUID.randomUUID().toString().substring(0, 8);
  List<HubClient> clients = new ArrayList<>();
  AccessLogReads log;

  @BeforeEach
  void aPersonRegisteredInHenanArrivesInWuxi() {
    id = IdNumbers.woman("410102");
    arrival = Facts.arrival(id, Facts.WUXI_BINHU, "2026-03-01");
    assertThat(client(Role.REGION, Facts.WUXI, "wuxi").submitOne(arrival).getKind())
        .isEqualTo(FactOutcome.Kind.ACCEPTED);
    log = new AccessLogReads(client(Role.AUDITOR, null, "auditor"));
  }

  @AfterEach
  void disconnect() {
    clients.forEach(HubClient::close);
  }

  /** A client with a fresh credential whose label is unique to this test: {@code name-RUN}. */
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

  String timelineAs(HubClient client, String purpose) {
    return client
        .authorized(PersonsGrpc.newBlockingStub(client.channel()))
        .getTimeline(GetTimelineRequest.newBuilder().setIdNumber(id).setPurpose(purpose).build())
        .getPersonKey();
  }

  @Test
  void aTimelineReadIsLoggedWithWhoWhatWhyAndThePersonKeyButNeverTheIdNumber() {
    String key =
        timelineAs(client(Role.REGION, Facts.HENAN, "henan"), "协查 verification request 17");

    List<AccessLogEntry> entries = log.by(label("henan"));

    assertThat(entries).hasSize(1);
    AccessLogEntry entry = entries.get(0);
    assertThat(entry.getAction()).isEqualTo("Persons.GetTimeline");
    assertThat(entry.getRole()).isEqualTo("REGION");
    assertThat(entry.getJurisdiction()).isEqualTo(Facts.HENAN);
    assertThat(entry.getSubjectsList()).containsExactly(key);
    assertThat(entry.getPurpose()).isEqualTo("协查 verification request 17");
    assertThat(entry.getOutcome()).isEqualTo("answered");
    assertThat(entry.getHash()).hasSize(64);
    assertThat(entry.toString()).doesNotContain(id).doesNotContain("王芳");
    assertThat(log.about(key))
        .extracting(AccessLogEntry::getSequence)
        .contains(entry.getSequence());
  }

  @Test
  void aReadRefusedToAnUnrelatedRegionIsLoggedAsRefusedAndNotAsAnswered() {
    HubClient suzhou = client(Role.REGION, Facts.SUZHOU, "suzhou");

    assertThatThrownBy(() -> timelineAs(suzhou, "curious"))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));

    assertThat(log.by(label("suzhou")))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.getOutcome()).isEqualTo("refused:PERSON_NOT_FOUND");
              assertThat(entry.getPurpose()).isEqualTo("curious");
            });
  }

  @Test
  void onlyAnAuditorReadsTheAccessLogAndAnyOtherAttemptIsLoggedAsRefused() {
    for (HubClient other :
        List.of(
            client(Role.REGION, Facts.WUXI, "nosy-region"),
            client(Role.OFFICE, "320000", "nosy-office"))) {
      assertThatThrownBy(
              () ->
                  other
                      .authorized(AccessLogGrpc.newBlockingStub(other.channel()))
                      .listAccessLog(ListAccessLogRequest.getDefaultInstance())
                      .forEachRemaining(e -> {}))
          .isInstanceOfSatisfying(
              StatusRuntimeException.class,
              e -> {
                assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
                assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                    .isEqualTo("AUDITOR_ONLY");
              });
    }

    assertThat(log.by(label("nosy-region")))
        .singleElement()
        .satisfies(e -> assertThat(e.getOutcome()).isEqualTo("refused:AUDITOR_ONLY"));
    assertThat(log.by(label("nosy-office")))
        .singleElement()
        .satisfies(e -> assertThat(e.getAction()).isEqualTo("AccessLog.ListAccessLog"));
    assertThat(log.by(label("auditor")))
        .as("the auditor's own reads of the log are logged too")
        .isNotEmpty();
  }

  @Test
  void anExplainedObligationIsLoggedWithTheObligationThePersonAndThePurpose() {
    assertThat(context.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30))).isTrue();
    String obligation =
        "certificate-verification/" + Facts.WUXI_BINHU + "/" + arrival.getRecordId() + "#1";
    HubClient wuxi = client(Role.REGION, Facts.WUXI, "wuxi-reader");

    var explained =
        wuxi.authorized(AssessmentGrpc.newBlockingStub(wuxi.channel()))
            .explainObligation(
                ExplainObligationRequest.newBuilder()
                    .setObligationId(obligation)
                    .setPurpose("assessment review")
                    .build());

    assertThat(log.by(label("wuxi-reader")))
        .singleElement()
        .satisfies(
            entry -> {
              assertThat(entry.getAction()).isEqualTo("Assessment.ExplainObligation");
              assertThat(entry.getSubjectsList())
                  .containsExactly(obligation, explained.getObligation().getPersonKey());
              assertThat(entry.getPurpose()).isEqualTo("assessment review");
            });
  }

  @Test
  void aRegionsFeedIsLoggedWhenItOpensPerPageWithItsPersonsAndWhenItEnds() throws Exception {
    String token = credentials.issue(Role.REGION, Facts.WUXI, label("wuxi-feed"));
    HubClient wuxi = client(Role.REGION, Facts.WUXI, "wuxi-channel");
    String person;

    try (FeedClient feed = new FeedClient(wuxi, token, 0, 1_000, 60_000)) {
      FeedItem first = feed.nextEvent(10_000);
      assertThat(first).as("the arrival reaches Wuxi's feed").isNotNull();
      person = first.getFact().getPersonKey();
      List<AccessLogEntry> sofar = log.by(label("wuxi-feed"));
      assertThat(sofar.get(0))
          .as("logged before the first item went out")
          .satisfies(
              entry -> {
                assertThat(entry.getAction()).isEqualTo("RegionSync.Subscribe");
                assertThat(entry.getSubjectsList())
                    .containsExactly("feed:" + Facts.WUXI + " after 0");
              });
      assertThat(sofar.subList(1, sofar.size()))
          .as("each page logged before it went out, with its persons' keys")
          .isNotEmpty()
          .allSatisfy(
              entry -> {
                assertThat(entry.getOutcome()).isEqualTo("delivered");
                assertThat(entry.getSubjects(0))
                    .matches("feed:" + Facts.WUXI + " page \\d+\\.\\.\\d+");
              });
      assertThat(sofar.stream().flatMap(e -> e.getSubjectsList().stream())).contains(person);
    }
    assertThat(log.about(person))
        .as("who received this person's data: the page of Wuxi's feed")
        .anySatisfy(
            entry -> {
              assertThat(entry.getReader()).isEqualTo(label("wuxi-feed"));
              assertThat(entry.getOutcome()).isEqualTo("delivered");
            });
    // The end is logged when the hub sees the call cancelled; a page being drained at that moment
    // may be logged just after it (the log over-reports, never under-reports).
    String end = "feed:" + Facts.WUXI + " delivered 0\\.\\.[1-9]\\d* \\([1-9]\\d* entries\\)";
    List<String> subjects = List.of();
    for (int i = 0; i < 300 && subjects.stream().noneMatch(s -> s.matches(end)); i++) {
      Thread.sleep(100);
      subjects =
          log.by(label("wuxi-feed")).stream()
              .filter(e -> e.getOutcome().equals("answered"))
              .map(e -> e.getSubjects(0))
              .toList();
    }

    assertThat(subjects).as("the feed's end is logged").anyMatch(s -> s.matches(end));
  }

  @Test
  void theChainStaysGaplessAndUnforkedUnderConcurrentReads() throws Exception {
    HubClient henan = client(Role.REGION, Facts.HENAN, "busy-henan");
    ExecutorService readers = Executors.newFixedThreadPool(8);
    List<Future<String>> reads = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      int n = i;
      reads.add(readers.submit(() -> timelineAs(henan, "read " + n)));
    }
    for (Future<String> read : reads) {
      read.get();
    }
    readers.shutdown();

    assertThat(log.by(label("busy-henan"))).hasSize(200);
    List<AccessLogEntry> all =
        log.list(ListAccessLogRequest.newBuilder().setPurpose("test").build());
    for (int i = 0; i < all.size(); i++) {
      assertThat(all.get(i).getSequence()).isEqualTo(i + 1);
      if (i > 0) {
        assertThat(all.get(i).getPreviousHash()).isEqualTo(all.get(i - 1).getHash());
      }
    }
    assertThat(log.verify().getIntact()).isTrue();
  }

  @Test
  void pagesLoggedByManyFeedsAtOnceAreEachCommittedOnceInAnUnforkedChain() throws Exception {
    DeliveryLog deliveries = context.getBean(DeliveryLog.class);
    Caller feed = new Caller(Role.REGION, "320200", label("many-feeds"));
    ExecutorService feeds = Executors.newFixedThreadPool(8);
    List<Future<AccessEntry>> pages = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String page = "feed:320200 page " + i + ".." + i;
      pages.add(
          feeds.submit(() -> deliveries.delivered(feed, "RegionSync.Subscribe", List.of(page))));
    }
    List<Long> sequences = new ArrayList<>();
    for (Future<AccessEntry> page : pages) {
      sequences.add(page.get().sequence());
    }
    feeds.shutdown();

    assertThat(sequences).as("each page its own entry").doesNotHaveDuplicates().hasSize(400);
    List<AccessLogEntry> logged = log.by(label("many-feeds"));
    assertThat(logged).hasSize(400).allMatch(e -> e.getOutcome().equals("delivered"));
    assertThat(logged.stream().map(e -> e.getSubjects(0)).distinct().count()).isEqualTo(400);
    assertThat(log.verify().getIntact()).isTrue();
  }

  @Test
  void aLogLongerThanAPageStreamsWholeAndInOrder() {
    AccessLog accessLog = context.getBean(AccessLog.class);
    Caller reader = new Caller(Role.OFFICE, "320000", label("bulk"));
    for (int i = 0; i < 2_500; i++) {
      accessLog.record(reader, "Test.Read", List.of("subject-" + i), null);
    }

    List<AccessLogEntry> entries = log.by(label("bulk"));

    assertThat(entries).hasSize(2_500);
    assertThat(entries)
        .extracting(e -> e.getSubjects(0))
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, 2_500).mapToObj(i -> "subject-" + i).toList());
    assertThat(entries).extracting(AccessLogEntry::getSequence).isSorted();
  }
}
