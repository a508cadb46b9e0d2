package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.Child;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.person.domain.fact.VerificationRequested;
import org.tongchou.hub.policy.domain.Side;

/** Verification requests (协查) and their answers; births, their registration and acknowledgement. */
class VerificationAndBirthDutiesTest {

  static final String BINHU = "320211";
  static final String WUXI = "320200";
  static final String ZHONGYUAN = "410102";
  static final String HENAN = "410000";

  static PersonStory askedOn(String day, String topic, boolean urgent) {
    return ArrivalDutiesTest.arrivedInWuxi()
        .fact("q-1", BINHU, day, new VerificationRequested(topic, urgent), WUXI, day);
  }

  @Test
  void aRequestAboutAPregnantWomanMustBeAnsweredByTheRegistrationPlaceWithinFifteenDays() {
    Obligation answer = askedOn("2026-05-04", "marital_status", true).the("verification-answer");

    assertThat(answer.responsible()).isEqualTo(ZHONGYUAN);
    assertThat(answer.owed()).isEqualTo(BINHU);
    assertThat(answer.side()).isEqualTo(Side.OUTFLOW);
    assertThat(answer.dueOn()).isEqualTo(LocalDate.of(2026, 5, 19));
  }

  @Test
  void anOrdinaryRequestMustBeAnsweredWithinThirtyDays() {
    assertThat(askedOn("2026-05-04", "marital_status", false).the("verification-answer").dueOn())
        .isEqualTo(LocalDate.of(2026, 6, 3));
  }

  @Test
  void aFirstChildRegistrationRequestIsDueInFifteenWorkingDaysSkippingTheNationalDayHoliday() {
    // 2026-09-28 plus 15 working days: 1-7 October are holidays, Saturday 10 October is worked.
    assertThat(askedOn("2026-09-28", "birth", false).the("verification-answer").dueOn())
        .isEqualTo(LocalDate.of(2026, 10, 23));
  }

  @Test
  void anAnswerNamingTheRequestMeetsIt() {
    Obligation answer =
        askedOn("2026-05-04", "marital_status", false)
            .fact(
                "r-1",
                ZHONGYUAN,
                "2026-05-20",
                new VerificationAnswered("q-1", BINHU, "confirmed", null),
                HENAN,
                "2026-05-20")
            .the("verification-answer");

    assertThat(answer.status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(answer.evidence()).isEqualTo("410102/r-1");
  }

  @Test
  void anAnswerToAnotherRequestLeavesItOpen() {
    Obligation answer =
        askedOn("2026-05-04", "marital_status", false)
            .fact(
                "r-1",
                ZHONGYUAN,
                "2026-05-20",
                new VerificationAnswered("q-9", BINHU, "confirmed", null),
                HENAN,
                "2026-05-20")
            .the("verification-answer");

    assertThat(answer.status()).isEqualTo(ObligationStatus.OPEN);
  }

  @Test
  void anUnansweredRequestIsOverdueTheDayAfterItsDueDate() {
    PersonStory story = askedOn("2026-05-04", "marital_status", true).wakeUp("2026-05-20");

    assertThat(story.the("verification-answer").status()).isEqualTo(ObligationStatus.OVERDUE);
  }

  static BirthRegistered girlBornOn(String day) {
    return new BirthRegistered(new Child(null, "child-key", "F", LocalDate.parse(day), 1));
  }

  @Test
  void
      aBirthToAResidentMotherIsTheResidencePlacesToRegisterAndTheRegistrationPlacesToAcknowledge() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact("b-1", BINHU, "2026-06-20", girlBornOn("2026-06-10"), WUXI, "2026-06-20");

    Obligation registration = story.the("birth-registration");
    assertThat(registration.responsible()).isEqualTo(BINHU);
    assertThat(registration.side()).isEqualTo(Side.INFLOW);
    assertThat(registration.dueOn()).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(registration.status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    Obligation acknowledgement = story.the("birth-acknowledgement");
    assertThat(acknowledgement.responsible()).isEqualTo(ZHONGYUAN);
    assertThat(acknowledgement.owed()).isEqualTo(BINHU);
    assertThat(acknowledgement.status()).isEqualTo(ObligationStatus.OPEN);
  }

  @Test
  void anAnswerNamingTheBirthRecordAcknowledgesIt() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact("b-1", BINHU, "2026-06-20", girlBornOn("2026-06-10"), WUXI, "2026-06-20")
            .fact(
                "k-1",
                ZHONGYUAN,
                "2026-07-01",
                new VerificationAnswered("b-1", BINHU, "confirmed", null),
                HENAN,
                "2026-07-01");

    assertThat(story.the("birth-acknowledgement").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
  }

  @Test
  void aSecondReportOfTheSameChildIsEvidenceNotASecondDuty() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact("b-1", BINHU, "2026-06-20", girlBornOn("2026-06-10"), WUXI, "2026-06-20")
            .fact("b-2", ZHONGYUAN, "2026-06-25", girlBornOn("2026-06-10"), HENAN, "2026-06-25");

    assertThat(story.currentOf("birth-registration")).hasSize(1);
  }

  @Test
  void aBirthWithNoResidenceOnRecordIsTheRegistrationPlacesDutyUntilALateArrivalReassignsIt() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .fact("b-1", ZHONGYUAN, "2026-06-20", girlBornOn("2026-06-10"), HENAN, "2026-06-20");
    Obligation first = story.the("birth-registration");
    assertThat(first.responsible()).isEqualTo(ZHONGYUAN);
    assertThat(first.side()).isEqualTo(Side.OUTFLOW);
    assertThat(first.status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(story.currentOf("birth-acknowledgement"))
        .as("a notice from the registration place itself")
        .isEmpty();

    story.fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-07-01");

    Obligation reassigned = story.the("birth-registration");
    assertThat(reassigned.id()).isEqualTo("birth-registration/410102/b-1#2");
    assertThat(reassigned.responsible()).isEqualTo(BINHU);
    assertThat(reassigned.side()).isEqualTo(Side.INFLOW);
    assertThat(reassigned.status())
        .as("Wuxi has not registered the birth")
        .isEqualTo(ObligationStatus.OPEN);
    assertThat(story.all())
        .filteredOn(o -> o.id().equals("birth-registration/410102/b-1#1"))
        .singleElement()
        .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.REASSIGNED));
    assertThat(story.lastCause()).isEqualTo("320211/a-1");
    assertThat(story.lastChanges())
        .filteredOn(ObligationChange.Reassigned.class::isInstance)
        .singleElement()
        .satisfies(
            e -> {
              ObligationChange.Reassigned r = (ObligationChange.Reassigned) e;
              assertThat(r.replacedBy()).isEqualTo("birth-registration/410102/b-1#2");
              assertThat(r.newResponsible()).isEqualTo(BINHU);
            });
  }
}
