package org.tongchou.workload.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The referee's rules on hand-written stories, one behaviour each. */
class GroundTruthTest {

  static final String[] PUSH_ORDER = {"320000", "410000", "440000"};

  @Test
  void givenALateCheckAndAnUnansweredRequestThenVerificationIsMetLateAndTheAnswerOverdue() {
    StoryFacts story = StoryFacts.woman(LocalDate.of(1990, 3, 7));
    story.add(
        "CertificateIssued",
        StoryFacts.ZHENGZHOU,
        "2025-02-19",
        "certificateNumber",
        "HY-1",
        "validUntil",
        LocalDate.of(2028, 2, 19),
        "maritalStatus",
        "married",
        "children",
        0);
    story.add("ArrivalRegistered", StoryFacts.WUXI, "2025-03-01", "from", StoryFacts.ZHENGZHOU);
    story.add(
        "VerificationRequested",
        StoryFacts.WUXI,
        "2025-03-04",
        "topic",
        "marital_status",
        "urgent",
        false);
    story.add("CertificateVerified", StoryFacts.WUXI, "2025-04-05", "result", "valid");

    GroundTruth truth = story.judged(PUSH_ORDER);

    assertThat(truth.obligations())
        .containsExactly(
            new ExpectedObligation(
                "certificate-issuance",
                "outflow",
                StoryFacts.ZHENGZHOU,
                StoryFacts.WUXI,
                "320211/r2",
                "2025-03-31",
                "met-on-time"),
            new ExpectedObligation(
                "certificate-verification",
                "inflow",
                StoryFacts.WUXI,
                StoryFacts.ZHENGZHOU,
                "320211/r2",
                "2025-03-31",
                "met-late"),
            new ExpectedObligation(
                "verification-answer",
                "outflow",
                StoryFacts.ZHENGZHOU,
                StoryFacts.WUXI,
                "320211/r3",
                "2025-04-03",
                "overdue"));
    assertThat(truth.overdue())
        .extracting(ExpectedObligation::kind)
        .containsExactly("verification-answer");
  }

  @Test
  void givenARivalClaimRecordedSecondThenItOwesItsOwnCheckButHoldsNoDayOfStockOrFlow() {
    StoryFacts story = StoryFacts.woman(LocalDate.of(1990, 3, 7));
    story.add(
        "CertificateIssued",
        StoryFacts.ZHENGZHOU,
        "2025-02-19",
        "certificateNumber",
        "HY-1",
        "validUntil",
        LocalDate.of(2028, 2, 19),
        "maritalStatus",
        "married",
        "children",
        0);
    story.add("ArrivalRegistered", StoryFacts.WUXI, "2025-03-01", "from", StoryFacts.ZHENGZHOU);
    story.add("ArrivalRegistered", StoryFacts.SHENZHEN, "2025-06-01", "from", StoryFacts.ZHENGZHOU);

    GroundTruth truth = story.judged(PUSH_ORDER);

    assertThat(truth.stock()).isEqualTo(Map.of("320000", 1L));
    assertThat(truth.flows()).isEqualTo(Map.of("410000", Map.of("320000", 1L)));
    assertThat(truth.obligations())
        .filteredOn(o -> o.openedBy().equals("440304/r3"))
        .extracting(o -> o.kind() + " " + o.responsible() + " " + o.status())
        .containsExactly(
            "certificate-issuance 410102 met-on-time", "certificate-verification 440304 overdue");
  }

  @Test
  void givenTheRivalsProvincePushedFirstThenTheRivalHoldsTheSharedDays() {
    StoryFacts story = StoryFacts.man();
    story.add("ArrivalRegistered", StoryFacts.WUXI, "2025-03-01", "from", StoryFacts.ZHENGZHOU);
    story.add("ArrivalRegistered", StoryFacts.SHENZHEN, "2025-06-01", "from", StoryFacts.ZHENGZHOU);

    GroundTruth truth = story.judged("440000", "320000", "410000");

    assertThat(truth.stock()).isEqualTo(Map.of("440000", 1L));
    assertThat(truth.flows()).isEqualTo(Map.of("410000", Map.of("320000", 1L, "440000", 1L)));
  }

  @Test
  void aBirthIsTheResidenceCountysToRegisterAndTheRegistrationCountysToAcknowledge() {
    StoryFacts story = StoryFacts.woman(LocalDate.of(1995, 1, 1));
    story.add("ArrivalRegistered", StoryFacts.WUXI, "2025-03-01", "from", StoryFacts.ZHENGZHOU);
    SimFact birth =
        story.add(
            "BirthRegistered",
            StoryFacts.WUXI,
            "2025-06-11",
            "child",
            PersonFacts.map("sex", "M", "bornOn", LocalDate.of(2025, 6, 1), "birthOrder", 1));
    story.add(
        "VerificationAnswered",
        StoryFacts.ZHENGZHOU,
        "2025-07-20",
        "requestRecordId",
        birth.recordId(),
        "requestRegion",
        StoryFacts.WUXI,
        "answer",
        "confirmed");

    GroundTruth truth = story.judged(PUSH_ORDER);

    assertThat(truth.obligations())
        .filteredOn(o -> o.kind().startsWith("birth-"))
        .containsExactly(
            new ExpectedObligation(
                "birth-acknowledgement",
                "outflow",
                StoryFacts.ZHENGZHOU,
                StoryFacts.WUXI,
                "320211/r2",
                "2025-07-11",
                "met-late"),
            new ExpectedObligation(
                "birth-registration",
                "inflow",
                StoryFacts.WUXI,
                StoryFacts.ZHENGZHOU,
                "320211/r2",
                "2025-07-01",
                "met-on-time"));
    assertThat(truth.births()).containsOnlyKeys("320000");
    assertThat(truth.births().get("320000")).containsExactly(1, 0);
  }

  @Test
  void aWomanOfFiftyOnArrivalOpensNoCertificateDutyAndOneOfFortyNineDoes() {
    StoryFacts fifty = StoryFacts.woman(LocalDate.of(1975, 3, 1));
    fifty.add("ArrivalRegistered", StoryFacts.WUXI, "2025-03-01", "from", StoryFacts.ZHENGZHOU);
    StoryFacts fortyNine = StoryFacts.woman(LocalDate.of(1975, 3, 2));
    fortyNine.add("ArrivalRegistered", StoryFacts.WUXI, "2025-03-01", "from", StoryFacts.ZHENGZHOU);

    assertThat(fifty.judged(PUSH_ORDER).obligations()).isEmpty();
    assertThat(fortyNine.judged(PUSH_ORDER).obligations())
        .extracting(ExpectedObligation::kind)
        .containsExactly("certificate-issuance", "certificate-verification");
  }

  @Test
  void aStayOfThirtyDaysWithoutATenthOwesAServiceThatIsNotMet() {
    StoryFacts story = StoryFacts.man();
    story.add("ArrivalRegistered", StoryFacts.WUXI, "2025-01-11", "from", StoryFacts.ZHENGZHOU);
    story.add(
        "AgreementSigned", StoryFacts.WUXI, "2025-01-16", "kind", "contract", "party", "landlord");
    story.add("ResidenceEnded", StoryFacts.WUXI, "2025-02-10", "reason", "returned_home");

    GroundTruth truth = story.judged(PUSH_ORDER);

    assertThat(truth.coverage().get("320000").get("service-coverage")).containsExactly(1, 0);
    assertThat(truth.coverage().get("320000").get("agreement-coverage")).containsExactly(1, 1);
    assertThat(truth.stock()).isEmpty();
  }

  @Test
  void theGeneratorLengthensSuchAStayByADaySoThatItHoldsATenth() {
    assertThat(StoryTeller.unservedQuarter(LocalDate.of(2025, 1, 11), LocalDate.of(2025, 2, 10)))
        .isTrue();
    assertThat(StoryTeller.unservedQuarter(LocalDate.of(2025, 1, 11), LocalDate.of(2025, 2, 11)))
        .isFalse();
    assertThat(StoryTeller.unservedQuarter(LocalDate.of(2025, 1, 11), LocalDate.of(2025, 2, 9)))
        .isFalse();
    assertThat(StoryTeller.unservedQuarter(LocalDate.of(2025, 3, 11), LocalDate.of(2025, 4, 10)))
        .isFalse();
  }

  @Test
  void givenEveryPersonReturnsHomeThenEveryCoverageDutyOfTheRangeIsStillMet() {
    // Without the longer stays above, seed 11 draws such a 30-day stay without a 10th.
    GroundTruth truth =
        SimulationFixtures.run(11, 2000, new Rates(0.15, 0.2, 0, 0.1, 1)).groundTruth();

    assertThat(truth.coverage())
        .isNotEmpty()
        .allSatisfy(
            (province, kinds) ->
                assertThat(kinds.values())
                    .allSatisfy(cell -> assertThat(cell[1]).as(province).isEqualTo(cell[0])));
  }
}
