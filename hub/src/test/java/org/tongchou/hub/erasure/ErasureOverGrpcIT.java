package org.tongchou.hub.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.stream.app.PersonEventTypes;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.ErasePersonRequest;
import org.tongchou.proto.v1.ErasePersonResponse;
import org.tongchou.proto.v1.ErasureGrpc;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.PersonRef;
import org.tongchou.proto.v1.RecordCorrected;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.Timeline;
import org.tongchou.proto.v1.WaiveObligationRequest;

/**
 * Crypto-shredding end to end, over gRPC on PostgreSQL: a woman from Zhengzhou arrives in Wuxi,
 * Wuxi asks Henan to verify her, Henan answers with a note, Wuxi corrects its arrival with a
 * reason, Henan's office waives a duty with a reason; then Henan's office erases her. Proves that
 * (1) her ID number, name and free texts are nowhere in the database in plaintext and her timeline
 * reads as erased, (2) her hash chain still verifies from the stored bytes, and (3) the statistics
 * count her exactly as before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ErasureOverGrpcIT {

  static final String NAME = "李秀英" + Long.toString(System.nanoTime(), 36);
  static final String NOTE = "married in 2019, her sister says; " + NAME;
  static final String CORRECTION = "typo in the district; " + NAME + " lives in Binhu";
  static final String WAIVER = "her file was lost in the 2021 flood (" + NAME + ")";

  static ConfigurableApplicationContext hub;
  static JdbcTemplate jdbc;
  static HubClient wuxi;
  static HubClient henan;
  static HubClient henanOffice;
  static String idNumber = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
  static String personKey;
  static String waived;
  static Fact arrival;
  static List<String> hashesBefore;
  static Statistics wuxiBefore;
  static Statistics henanBefore;

  @BeforeAll
  static void tellTheStory() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("erasure"));
    jdbc = hub.getBean(JdbcTemplate.class);
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    henan = TestHub.clientFor(hub, Facts.HENAN);
    henanOffice = TestHub.clientAs(hub, Role.OFFICE, Facts.HENAN);
    arrival = named(Facts.arrival(idNumber, Facts.WUXI_BINHU, "2026-04-01"));
    Fact ask = named(Facts.verificationRequested(idNumber, Facts.WUXI_BINHU, "2026-04-05", false));
    Fact unanswered =
        named(Facts.verificationRequested(idNumber, Facts.WUXI_BINHU, "2026-04-06", false));
    Fact correction =
        named(
            Fact.newBuilder()
                .setRecordId(Facts.recordId())
                .setRegion(Facts.WUXI_BINHU)
                .setOccurredOn("2026-04-01")
                .setPerson(Facts.person(idNumber))
                .setRecordCorrected(
                    RecordCorrected.newBuilder()
                        .setCorrects(arrival.getRecordId())
                        .setReason(CORRECTION)
                        .setFact(arrival.toBuilder().clearRecordId()))
                .build());
    assertAccepted(wuxi.submit(List.of(arrival, ask, unanswered, correction)));
    Fact answer =
        Facts.verificationAnswered(idNumber, Facts.ZHENGZHOU_ZHONGYUAN, "2026-04-20", ask);
    assertAccepted(
        henan.submit(
            List.of(
                named(
                    answer.toBuilder()
                        .setVerificationAnswered(
                            answer.getVerificationAnswered().toBuilder().setNote(NOTE))
                        .build()))));
    personKey = wuxi.timeline(idNumber).getPersonKey();
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
    waived =
        jdbc.queryForObject(
            "SELECT obligation_id FROM obligation_view WHERE person_key = ? "
                + "AND responsible = ? AND status = 'overdue' ORDER BY obligation_id LIMIT 1",
            String.class,
            personKey,
            Facts.ZHENGZHOU_ZHONGYUAN);
    henanOffice
        .authorized(CoordinationGrpc.newBlockingStub(henanOffice.channel()))
        .waiveObligation(
            WaiveObligationRequest.newBuilder().setObligationId(waived).setReason(WAIVER).build());
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    henan.close();
    henanOffice.close();
    hub.close();
  }

  static Fact named(Fact fact) {
    PersonRef person = fact.getPerson().toBuilder().setName(NAME).build();
    return fact.toBuilder().setPerson(person).build();
  }

  static void assertAccepted(List<FactOutcome> outcomes) {
    assertThat(outcomes)
        .allSatisfy(
            o -> assertThat(o.getKind()).as(o.toString()).isEqualTo(FactOutcome.Kind.ACCEPTED));
  }

  @Test
  @Order(1)
  void beforeErasureTheEntitledSeeEverythingWhileTheStoreHoldsOnlyCiphertext() {
    Timeline timeline = wuxi.timeline(idNumber);
    assertThat(timeline.getIdNumber()).isEqualTo(idNumber);
    assertThat(timeline.getName()).isEqualTo(NAME);
    assertThat(text(timeline)).contains(CORRECTION).contains(NOTE);
    assertThat(timeline.hasErasure()).isFalse();
    assertThat(waiverReason()).isEqualTo(WAIVER);
    assertThat(plaintextFound()).as("plaintext in the database before erasure").isEmpty();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM person_data_key WHERE person_key = ?", Long.class, personKey))
        .isEqualTo(1);

    hashesBefore = verifiedChain();
    wuxiBefore = statistics(wuxi, Facts.WUXI, null);
    henanBefore = statistics(henanOffice, Facts.HENAN, "province");
    assertThat(wuxiBefore.getStockList()).anySatisfy(s -> assertThat(s.getMigrants()).isPositive());
  }

  @Test
  @Order(2)
  void onlyAnOfficeOverTheRegistrationRegionMayEraseAndOnlyWithAReason() {
    try (HubClient auditor = TestHub.clientAs(hub, Role.AUDITOR, null);
        HubClient wuxiOffice = TestHub.clientAs(hub, Role.OFFICE, "320000")) {
      assertRefused(
          () -> erase(auditor, idNumber, "audit"), Status.Code.PERMISSION_DENIED, "OFFICE_ONLY");
      assertRefused(
          () -> erase(wuxi, idNumber, "region"), Status.Code.PERMISSION_DENIED, "OFFICE_ONLY");
      // Wuxi's office is over her residence, not her household registration: she is not its to
      // erase.
      assertRefused(
          () -> erase(wuxiOffice, idNumber, "not ours"), Status.Code.NOT_FOUND, "PERSON_NOT_FOUND");
    }
    assertRefused(
        () -> erase(henanOffice, idNumber, " "), Status.Code.INVALID_ARGUMENT, "INVALID_REQUEST");
    assertRefused(
        () -> erase(henanOffice, IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN), "nobody"),
        Status.Code.NOT_FOUND,
        "PERSON_NOT_FOUND");
    assertThat(wuxi.timeline(idNumber).hasErasure()).isFalse();
  }

  @Test
  @Order(3)
  void afterErasureNothingNamesHerAnyMoreAndHerTimelineReadsAsErased() {
    ErasePersonResponse erased = erase(henanOffice, idNumber, "PIPL art. 47, request 2026-0117");

    assertThat(erased.getPersonKey()).isEqualTo(personKey);
    assertThat(erased.getErasure().getErasedBy()).isEqualTo(Facts.HENAN);
    assertThat(erased.getErasure().getPosition()).isPositive();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM person_data_key WHERE person_key = ?", Long.class, personKey))
        .isZero();
    assertThat(plaintextFound()).as("plaintext in the database after erasure").isEmpty();

    // Nobody finds her from her number any more, not even with the hub's secrets
    // (docs/ACCESS.md, "Erasure"): the index entry went with her data key.
    assertThatThrownBy(() -> wuxi.timeline(idNumber))
        .isInstanceOfSatisfying(
            io.grpc.StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND));
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM person_index WHERE person_key = ?", Long.class, personKey))
        .isZero();
    // An auditor still reads her history by key: the texts read as erased.
    try (HubClient auditor = TestHub.clientAs(hub, Role.AUDITOR, null)) {
      String history =
          auditor
              .authorized(org.tongchou.proto.v1.HistoryGrpc.newBlockingStub(auditor.channel()))
              .getPersonHistory(
                  org.tongchou.proto.v1.GetPersonHistoryRequest.newBuilder()
                      .setPersonKey(personKey)
                      .setPurpose("erasure check")
                      .build())
              .toString();
      assertThat(history).doesNotContain(NAME).doesNotContain(idNumber).contains("PIPL art. 47");
      assertThat(history).doesNotContain(CORRECTION).doesNotContain(NOTE);
    }
    assertThat(waiverReason()).isEqualTo("(erased)");
  }

  @Test
  @Order(4)
  void herChainStillVerifiesFromTheStoredBytesWithTheErasureAsItsLastLink() {
    List<String> after = verifiedChain();

    assertThat(after).hasSize(hashesBefore.size() + 1);
    assertThat(after.subList(0, hashesBefore.size())).isEqualTo(hashesBefore);
    assertThat(new String(lastPayload(), StandardCharsets.UTF_8))
        .contains("\"erasedBy\":\"410000\"")
        .contains("PIPL art. 47");
  }

  @Test
  @Order(5)
  void theStatisticsCountHerExactlyAsBefore() {
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));

    assertThat(statistics(wuxi, Facts.WUXI, null).toBuilder().clearAsOf().build())
        .isEqualTo(wuxiBefore.toBuilder().clearAsOf().build());
    assertThat(statistics(henanOffice, Facts.HENAN, "province").toBuilder().clearAsOf().build())
        .isEqualTo(henanBefore.toBuilder().clearAsOf().build());
  }

  @Test
  @Order(6)
  void aNewFactAboutHerNumberIsANewPersonWhileAnOldOneStillGetsItsReceipt() {
    Fact later = named(Facts.arrival(idNumber, Facts.WUXI_BINHU, "2026-05-01"));

    FactOutcome anew = wuxi.submitOne(later);
    FactOutcome again = wuxi.submitOne(arrival);

    assertThat(anew.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    assertThat(wuxi.timeline(idNumber).getPersonKey()).isNotEqualTo(personKey);
    assertThat(wuxi.timeline(idNumber).getFactsCount()).isEqualTo(1);
    assertThat(again.getKind()).isEqualTo(FactOutcome.Kind.DUPLICATE);
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM person_identity WHERE person_key = ? AND erased_at IS NOT NULL",
                Long.class,
                personKey))
        .isEqualTo(1);
  }

  @Test
  @Order(7)
  void anIdentityStoredInPlaintextBeforeSealingIsSealedOnceAtStartupAndStillReads() {
    String legacy = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String legacyKey = "p" + "7".repeat(40);
    jdbc.update(
        "INSERT INTO person_identity (person_key, id_number, name, sex, born_on, registration_region, "
            + "first_recorded_at) VALUES (?, ?, ?, 'F', DATE '1990-01-01', '410102', CURRENT_TIMESTAMP)",
        legacyKey,
        legacy,
        NAME + "旧");
    var identities = hub.getBean(org.tongchou.hub.person.app.IdentityStore.class);
    var transactions =
        hub.getBean(org.springframework.transaction.support.TransactionTemplate.class);

    int sealed = transactions.execute(s -> identities.sealPlaintext(1000, java.time.Instant.now()));
    int again = transactions.execute(s -> identities.sealPlaintext(1000, java.time.Instant.now()));

    assertThat(sealed).isEqualTo(1);
    assertThat(again).isZero();
    assertThat(
            jdbc.queryForObject(
                "SELECT COUNT(*) FROM person_identity WHERE person_key = ? AND id_number IS NULL "
                    + "AND name IS NULL AND id_number_sealed LIKE 'enc:v1:%'",
                Long.class, legacyKey))
        .isEqualTo(1);
    assertThat(identities.find(legacyKey).orElseThrow())
        .satisfies(
            i -> {
              assertThat(i.idNumber()).isEqualTo(legacy);
              assertThat(i.name()).isEqualTo(NAME + "旧");
            });
  }

  /** The waiver's reason as Henan's office reads it in the obligation's drill-down. */
  static String waiverReason() {
    return henanOffice
        .authorized(AssessmentGrpc.newBlockingStub(henanOffice.channel()))
        .explainObligation(
            org.tongchou.proto.v1.ExplainObligationRequest.newBuilder()
                .setObligationId(waived)
                .build())
        .getObligation()
        .getWaiverReason();
  }

  /** The message as text, Chinese characters unescaped. */
  static String text(com.google.protobuf.Message message) {
    return com.google.protobuf.TextFormat.printer().escapingNonAscii(false).printToString(message);
  }

  static ErasePersonResponse erase(HubClient client, String number, String reason) {
    return client
        .authorized(ErasureGrpc.newBlockingStub(client.channel()))
        .erasePerson(ErasePersonRequest.newBuilder().setIdNumber(number).setReason(reason).build());
  }

  static void assertRefused(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Status.Code code, String reason) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(code);
              assertThat(Refusals.errorInfo(StatusProto.fromThrowable(e)).getReason())
                  .isEqualTo(reason);
            });
  }

  static Statistics statistics(HubClient client, String region, String level) {
    GetStatisticsRequest.Builder request =
        GetStatisticsRequest.newBuilder().setRegion(region).setPeriod("2026-Q2").setCatchUp(true);
    if (level != null) {
      request.setLevel(level);
    }
    return client
        .authorized(AssessmentGrpc.newBlockingStub(client.channel()))
        .getStatistics(request.build());
  }

  /**
   * Every hash of her stream, each recomputed from the stored bytes: the stored payload must be the
   * canonical encoding of the event it decodes to, its hash the SHA-256 of that encoding without
   * {@code hash}, and its previous hash the hash before it.
   */
  static List<String> verifiedChain() {
    List<String> hashes = new ArrayList<>();
    jdbc.query(
        "SELECT payload_type, payload FROM domain_event_entry WHERE aggregate_identifier = ? "
            + "ORDER BY sequence_number",
        rs -> {
          byte[] payload = rs.getBytes(2);
          PersonEvent event = PersonEventTypes.decode(rs.getString(1), payload);
          assertThat(CanonicalJson.bytes(event))
              .as("stored bytes are canonical")
              .isEqualTo(payload);
          assertThat(event.hash()).isEqualTo(EventHashes.expectedHash(event));
          assertThat(event.previousHash())
              .isEqualTo(hashes.isEmpty() ? EventHashes.GENESIS : hashes.get(hashes.size() - 1));
          hashes.add(event.hash());
        },
        personKey);
    assertThat(hashes).isNotEmpty();
    return hashes;
  }

  static byte[] lastPayload() {
    return jdbc.queryForObject(
        "SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ? "
            + "ORDER BY sequence_number DESC LIMIT 1",
        byte[].class,
        personKey);
  }

  /**
   * Where her ID number, name or free texts appear in plaintext: every row of every table of the
   * hub's schema as text, and the event store's payloads and metadata decoded.
   */
  static List<String> plaintextFound() {
    List<String> secrets =
        List.of(idNumber, NAME, "married in 2019", "typo in the district", "2021 flood");
    List<String> found = new ArrayList<>();
    List<String> tables =
        jdbc.queryForList(
            "SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            String.class);
    assertThat(tables)
        .contains("person_identity", "domain_event_entry", "obligation_view", "residence_view");
    for (String table : tables) {
      jdbc.query(
          "SELECT t::text FROM " + table + " t",
          rs -> {
            String row = rs.getString(1);
            secrets.stream().filter(row::contains).forEach(s -> found.add(table + ": " + s));
          });
    }
    for (String store : List.of("domain_event_entry", "snapshot_event_entry")) {
      jdbc.query(
          "SELECT payload, meta_data FROM " + store,
          rs -> {
            String text =
                new String(rs.getBytes(1), StandardCharsets.UTF_8)
                    + (rs.getBytes(2) == null
                        ? ""
                        : new String(rs.getBytes(2), StandardCharsets.UTF_8));
            secrets.stream()
                .filter(text::contains)
                .forEach(s -> found.add(store + " payload: " + s));
          });
    }
    return found;
  }
}
