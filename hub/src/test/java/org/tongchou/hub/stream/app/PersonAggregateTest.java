package org.tongchou.hub.stream.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.hub.testing.DomainFacts.KEY;
import static org.tongchou.hub.testing.DomainFacts.command;
import static org.tongchou.hub.testing.DomainFacts.reported;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.fact.AgreementSigned;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.CertificateVerified;
import org.tongchou.hub.person.domain.fact.Child;
import org.tongchou.hub.person.domain.fact.DepartureReported;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.PersonRegistered;
import org.tongchou.hub.person.domain.fact.PregnancyReported;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ResidencePermitEndorsed;
import org.tongchou.hub.person.domain.fact.ResidencePermitIssued;
import org.tongchou.hub.person.domain.fact.ResidencePermitLapsed;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.person.domain.fact.VerificationRequested;

class PersonAggregateTest {

  static final String WUXI = "320200";
  static final String BINHU = "320211";
  static final String SUZHOU = "320500";
  static final String GUSU = "320508";
  static final String HENAN_ZHONGYUAN = "410102";

  AggregateTestFixture<PersonAggregate> fixture;

  @BeforeEach
  void setUp() {
    fixture = PersonFixtures.fixture();
  }

  static RecordPersonFact record(
      String recordId, String region, String on, FactData data, String reportedBy) {
    return new RecordPersonFact(KEY, command(reported(recordId, region, on, data), reportedBy));
  }

  static RecordPersonFact arrivalInWuxi() {
    return record("a-1", BINHU, "2026-03-01", new ArrivalRegistered(HENAN_ZHONGYUAN), WUXI);
  }

  ResultValidator<PersonAggregate> whenRecordedAfterArrival(RecordPersonFact fact) {
    return fixture.givenCommands(arrivalInWuxi()).when(fact);
  }

  /** The fact's own event, and besides it only the obligations it led to. */
  void expectOneFactRecorded(
      ResultValidator<PersonAggregate> result, Consumer<FactRecorded> check) {
    result
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            PersonFixtures.leavingOutObligations(
                Matchers.payloadsMatching(
                    Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof FactRecorded f && check(check, f)),
                        Matchers.andNoMore()))));
  }

  private static boolean check(Consumer<FactRecorded> check, FactRecorded f) {
    check.accept(f);
    return true;
  }

  Refusal expectRefused(ResultValidator<PersonAggregate> result) {
    Refusal[] refusal = new Refusal[1];
    result
        .expectNoEvents()
        .expectResultMessagePayloadMatching(
            Matchers.predicate(
                p -> {
                  refusal[0] = ((Decision.Refused) p).refusal();
                  return true;
                }));
    return refusal[0];
  }

  @Test
  void aFirstArrivalIsRecordedAsTheFirstLinkOfTheChain() {
    expectOneFactRecorded(
        fixture.givenNoPriorActivity().when(arrivalInWuxi()),
        f -> {
          assertThat(f.personSequence()).isEqualTo(1);
          assertThat(f.previousHash()).isEqualTo(EventHashes.GENESIS);
          assertThat(f.hash()).isEqualTo(EventHashes.expectedHash(f));
          assertThat(f.reportedBy()).isEqualTo(WUXI);
          assertThat(f.registrationRegion()).isEqualTo(HENAN_ZHONGYUAN);
        });
  }

  @Test
  void everyFactTypeIsRecordedAsAnEventOnThePerson() {
    List<FactData> everyType =
        List.of(
            new PersonRegistered(),
            new DepartureReported(BINHU),
            new ResidencePermitIssued("P-1", LocalDate.of(2027, 3, 1)),
            new ResidencePermitEndorsed("P-1", LocalDate.of(2028, 3, 1)),
            new ResidencePermitLapsed("P-1", null),
            new CertificateIssued("C-1", LocalDate.of(2029, 1, 1), "married", 1, null),
            new CertificateVerified("C-1", "valid"),
            new AgreementSigned("contract", "landlord"),
            new ServiceDelivered("prenatal_care"),
            new PregnancyReported(LocalDate.of(2027, 1, 1)),
            new BirthRegistered(new Child(null, null, "F", LocalDate.of(2026, 10, 1), 1)),
            new VerificationRequested("marital_status", true),
            new VerificationAnswered("v-1", GUSU, "confirmed", null));
    for (FactData data : everyType) {
      setUp();
      expectOneFactRecorded(
          whenRecordedAfterArrival(record("f-" + data.typeName(), BINHU, "2026-10-02", data, WUXI)),
          f -> {
            // Recorded as reported, but for its personal texts, which are sealed.
            assertThat(
                    org.tongchou.hub.erasure.domain.PersonalFields.map(
                        f.data(),
                        t -> org.tongchou.hub.sealing.domain.SealedText.isSealed(t) ? "sealed" : t))
                .isEqualTo(org.tongchou.hub.erasure.domain.PersonalFields.map(data, t -> "sealed"));
            // After the arrival and the obligations the arrival opened.
            assertThat(f.personSequence()).isGreaterThan(2);
          });
    }
  }

  @Test
  void aResidenceEndIsRecordedAndClosesTheResidence() {
    expectOneFactRecorded(
        whenRecordedAfterArrival(
            record("e-1", BINHU, "2026-06-01", new ResidenceEnded("returned_home"), WUXI)),
        f -> assertThat(f.data()).isEqualTo(new ResidenceEnded("returned_home")));
  }

  @Test
  void anArrivalOverlappingAnotherRegionsResidenceIsRecordedWithAConflictBesideIt() {
    whenRecordedAfterArrival(record("s-1", GUSU, "2026-04-01", new ArrivalRegistered(null), SUZHOU))
        .expectSuccessfulHandlerExecution()
        .expectEventsMatching(
            PersonFixtures.leavingOutObligations(
                Matchers.payloadsMatching(
                    Matchers.exactSequenceOf(
                        Matchers.predicate(
                            e -> e instanceof FactRecorded f && f.recordId().equals("s-1")),
                        Matchers.predicate(
                            e ->
                                e instanceof ResidenceConflictRecorded c
                                    && c.conflict().existing().arrivalRecordId().equals("a-1")
                                    && c.conflict().claimed().arrivalRecordId().equals("s-1")
                                    && c.conflict().provisionalRegion().equals(BINHU)),
                        Matchers.andNoMore()))))
        .expectState(
            person -> {
              // The conflict is chained right behind the arrival that caused it.
              long arrival = person.state().record(GUSU, "s-1").orElseThrow().personSequence();
              assertThat(person.state().sequence()).isGreaterThan(arrival);
            });
  }

  @Test
  void theSameRegionRegisteringAnotherCountyIsAMoveNotAConflict() {
    expectOneFactRecorded(
        whenRecordedAfterArrival(
            record("a-2", "320213", "2026-05-01", new ArrivalRegistered(null), WUXI)),
        f -> assertThat(f.recordId()).isEqualTo("a-2"));
  }

  @Test
  void aFirstFactWithoutNameOrRegistrationRegionIsRefused() {
    ReportedFact anonymous =
        new ReportedFact(
            "a-1",
            BINHU,
            LocalDate.of(2026, 3, 1),
            new PersonDetails(org.tongchou.hub.testing.DomainFacts.ID, null, null, null),
            new ArrivalRegistered(null),
            List.of());

    // A refused first fact leaves a person with no events: there is nothing for the fixture to
    // re-source and compare, which its state-change check would report as illegal.
    fixture.setReportIllegalStateChange(false);
    Refusal refusal =
        expectRefused(
            fixture
                .givenNoPriorActivity()
                .when(new RecordPersonFact(KEY, command(anonymous, WUXI))));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID_ARGUMENT);
    assertThat(refusal.violations())
        .extracting(v -> v.field())
        .containsExactly("person.name", "person.registrationRegion");
  }

  @Test
  void endingAResidenceThatIsNotOpenIsRefused() {
    Refusal refusal =
        expectRefused(
            whenRecordedAfterArrival(
                record("e-1", "320213", "2026-06-01", new ResidenceEnded("moved_on"), WUXI)));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FAILED_PRECONDITION);
    assertThat(refusal.reason()).isEqualTo("NO_OPEN_RESIDENCE");
  }

  @Test
  void endingAResidenceBeforeItBeganIsRefused() {
    Refusal refusal =
        expectRefused(
            whenRecordedAfterArrival(
                record("e-1", BINHU, "2026-02-01", new ResidenceEnded("moved_on"), WUXI)));

    assertThat(refusal.reason()).isEqualTo("ENDS_BEFORE_ARRIVAL");
    assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("occurredOn");
  }

  @Test
  void aCorrectionOfAnUnknownRecordIsRefused() {
    Refusal refusal =
        expectRefused(
            whenRecordedAfterArrival(
                record(
                    "c-1",
                    BINHU,
                    "2026-04-01",
                    new RecordCorrected(
                        "nope",
                        "typo",
                        reported(null, BINHU, "2026-03-02", new ArrivalRegistered(null))),
                    WUXI)));

    assertThat(refusal.reason()).isEqualTo("UNKNOWN_CORRECTED_RECORD");
    assertThat(refusal.violations()).extracting(v -> v.field()).containsExactly("data.corrects");
  }

  @Test
  void anotherRegionCannotCorrectARecordItDidNotSend() {
    Refusal refusal =
        expectRefused(
            whenRecordedAfterArrival(
                record(
                    "c-1",
                    GUSU,
                    "2026-04-01",
                    new RecordCorrected(
                        "a-1",
                        "typo",
                        reported(null, GUSU, "2026-03-02", new ArrivalRegistered(null))),
                    SUZHOU)));

    assertThat(refusal.reason()).isEqualTo("UNKNOWN_CORRECTED_RECORD");
  }

  @Test
  void aCorrectionIsRecordedWithoutTheIdentityOfItsReplacement() {
    RecordPersonFact correction =
        record(
            "c-1",
            BINHU,
            "2026-04-01",
            new RecordCorrected(
                "a-1",
                "wrong date",
                reported(null, BINHU, "2026-03-02", new ArrivalRegistered(null))),
            WUXI);

    expectOneFactRecorded(
        whenRecordedAfterArrival(correction),
        f -> {
          RecordCorrected data = (RecordCorrected) f.data();
          assertThat(data.corrects()).isEqualTo("a-1");
          assertThat(data.reason())
              .as("sealed before it is hashed")
              .startsWith("enc:v1:")
              .doesNotContain("wrong");
          assertThat(data.fact().occurredOn()).isEqualTo(LocalDate.of(2026, 3, 2));
          assertThat(data.fact().person()).isNull();
        });
  }

  @Test
  void aCorrectionOfACorrectionIsRefused() {
    RecordPersonFact first =
        record(
            "c-1",
            BINHU,
            "2026-04-01",
            new RecordCorrected(
                "a-1",
                "wrong date",
                reported(null, BINHU, "2026-03-02", new ArrivalRegistered(null))),
            WUXI);
    RecordPersonFact second =
        record(
            "c-2",
            BINHU,
            "2026-04-02",
            new RecordCorrected(
                "c-1", "again", reported(null, BINHU, "2026-03-03", new ArrivalRegistered(null))),
            WUXI);

    Refusal refusal = expectRefused(fixture.givenCommands(arrivalInWuxi(), first).when(second));

    assertThat(refusal.reason()).isEqualTo("CORRECTS_A_CORRECTION");
  }

  @Test
  void aBirthIsRecordedWithTheChildsKeyNeverItsIdNumber() {
    String childId = org.tongchou.hub.testing.IdNumbers.of("320211", LocalDate.of(2026, 10, 1), 12);
    RecordPersonFact birth =
        new RecordPersonFact(
            KEY,
            new org.tongchou.hub.person.domain.RecordFact(
                KEY,
                new org.tongchou.hub.person.domain.ValidatedFact(
                    reported(
                        "b-1",
                        BINHU,
                        "2026-10-02",
                        new BirthRegistered(
                            new Child(childId, null, "F", LocalDate.of(2026, 10, 1), 1))),
                    org.tongchou.hub.person.domain.IdNumber.parse(
                            org.tongchou.hub.testing.DomainFacts.ID)
                        .number(),
                    org.tongchou.hub.person.domain.IdNumber.parse(childId).number()),
                WUXI,
                org.tongchou.hub.testing.DomainFacts.NOW,
                "pchildkey"));

    expectOneFactRecorded(
        whenRecordedAfterArrival(birth),
        f -> {
          Child child = ((BirthRegistered) f.data()).child();
          assertThat(child.idNumber()).isNull();
          assertThat(child.personKey()).isEqualTo("pchildkey");
        });
  }

  @Test
  void aCorrectionReachesOnlyTheRecordOfTheCorrectingDivisionWhenAnotherRegionUsedTheSameId() {
    RecordPersonFact suzhouArrival =
        record("a-1", GUSU, "2026-04-01", new ArrivalRegistered(null), SUZHOU);
    RecordPersonFact suzhouCorrects =
        record(
            "c-1",
            GUSU,
            "2026-04-10",
            new RecordCorrected(
                "a-1",
                "wrong date",
                reported(null, GUSU, "2026-04-02", new ArrivalRegistered(null))),
            SUZHOU);

    fixture
        .givenCommands(arrivalInWuxi(), suzhouArrival)
        .when(suzhouCorrects)
        .expectSuccessfulHandlerExecution()
        .expectState(
            person ->
                assertThat(person.state().timeline().claims())
                    .extracting(c -> c.region() + "@" + c.from())
                    .containsExactly(BINHU + "@2026-03-01", GUSU + "@2026-04-02"));
  }

  @Test
  void correctingAnEarlierArrivalOfSomeoneWhoMovedOnReplacesItInPlace() {
    RecordPersonFact moved =
        record("a-2", "320213", "2026-05-01", new ArrivalRegistered(null), WUXI);
    RecordPersonFact correction =
        record(
            "c-1",
            BINHU,
            "2026-06-01",
            new RecordCorrected(
                "a-1",
                "wrong date",
                reported(null, BINHU, "2026-03-05", new ArrivalRegistered(null))),
            WUXI);

    fixture
        .givenCommands(arrivalInWuxi(), moved)
        .when(correction)
        .expectSuccessfulHandlerExecution()
        .expectState(
            person ->
                assertThat(person.state().timeline().claims())
                    .extracting(c -> c.region() + "@" + c.from() + ".." + c.until())
                    .containsExactly(BINHU + "@2026-03-05..2026-05-01", "320213@2026-05-01..null"));
  }

  @Test
  void aLateEndOfAStretchThatWasOnlySupersededIsAccepted() {
    RecordPersonFact moved =
        record("a-2", "320213", "2026-05-01", new ArrivalRegistered(null), WUXI);

    expectOneFactRecorded(
        fixture
            .givenCommands(arrivalInWuxi(), moved)
            .when(record("e-1", BINHU, "2026-04-20", new ResidenceEnded("moved_on"), WUXI)),
        f -> assertThat(f.recordId()).isEqualTo("e-1"));
  }
}
