package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.CertificateVerified;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.testing.IdNumbers;

/**
 * The duties an arrival opens: certificate checks on both sides, a verification request, timely
 * reporting.
 */
class ArrivalDutiesTest {

  static final String BINHU = "320211";
  static final String WUXI = "320200";
  static final String ZHONGYUAN = "410102";

  static PersonStory arrivedInWuxi() {
    return PersonStory.ofTheWoman()
        .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-03-02");
  }

  @Test
  void aWomansArrivalObligesTheResidencePlaceToVerifyHerCertificateWithinThirtyDays() {
    Obligation verification = arrivedInWuxi().the("certificate-verification");

    assertThat(verification.id()).isEqualTo("certificate-verification/320211/a-1#1");
    assertThat(verification.responsible()).isEqualTo(BINHU);
    assertThat(verification.owed()).isEqualTo(ZHONGYUAN);
    assertThat(verification.side()).isEqualTo(Side.INFLOW);
    assertThat(verification.opensOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(verification.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(verification.status()).isEqualTo(ObligationStatus.OPEN);
    assertThat(verification.openedBy()).isEqualTo("320211/a-1");
    // Jiangsu's override is laid over the national policy in Jiangsu.
    assertThat(verification.policyVersion()).isEqualTo("national-2009.1+jiangsu-2021.1");
  }

  @Test
  void theRegistrationPlaceOwesTheArrivingWomanACertificateUnderItsOwnProvincesPolicy() {
    Obligation issuance = arrivedInWuxi().the("certificate-issuance");

    assertThat(issuance.responsible()).isEqualTo(ZHONGYUAN);
    assertThat(issuance.owed()).isEqualTo(BINHU);
    assertThat(issuance.side()).isEqualTo(Side.OUTFLOW);
    assertThat(issuance.policyVersion()).isEqualTo("national-2009.1");
  }

  @Test
  void jiangsusOverrideAsksForAVerificationRequestWithinSevenWorkingDays() {
    Obligation request = arrivedInWuxi().the("verification-request");

    assertThat(request.dueOn()).isEqualTo(LocalDate.of(2026, 3, 10));
    assertThat(request.responsible()).isEqualTo(BINHU);
  }

  @Test
  void theNationalPolicyAsksForNoVerificationRequestOutsideJiangsu() {
    PersonStory story =
        PersonStory.of(IdNumbers.of("320211", LocalDate.of(1992, 5, 5), 24), BINHU)
            .fact(
                "a-1",
                ZHONGYUAN,
                "2026-03-01",
                new ArrivalRegistered(BINHU),
                "410100",
                "2026-03-02");

    assertThat(story.currentOf("verification-request")).isEmpty();
    assertThat(story.the("certificate-verification").policyVersion()).isEqualTo("national-2009.1");
  }

  @Test
  void anArrivalReportedWithinThirtyDaysMeetsTheReportingDutyOnTheDayTheHubRecordedIt() {
    Obligation reporting = arrivedInWuxi().the("arrival-registration");

    assertThat(reporting.status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(reporting.evidence()).isEqualTo("320211/a-1");
    assertThat(reporting.settledOn()).isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void anArrivalReportedTwoMonthsLateMeetsTheReportingDutyLate() {
    Obligation reporting =
        PersonStory.ofTheWoman()
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-05-01")
            .the("arrival-registration");

    assertThat(reporting.status()).isEqualTo(ObligationStatus.MET_LATE);
  }

  @Test
  void aMansArrivalOpensNoCertificateDuty() {
    PersonStory story =
        PersonStory.of(IdNumbers.of(ZHONGYUAN, LocalDate.of(1990, 1, 1), 13), ZHONGYUAN)
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-03-02");

    assertThat(story.currentOf("certificate-verification")).isEmpty();
    assertThat(story.currentOf("certificate-issuance")).isEmpty();
    assertThat(story.the("arrival-registration").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
  }

  @Test
  void aWomanAboveChildbearingAgeOwesNoCertificate() {
    PersonStory story =
        PersonStory.of(IdNumbers.of(ZHONGYUAN, LocalDate.of(1970, 1, 1), 14), ZHONGYUAN)
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-03-02");

    assertThat(story.currentOf("certificate-verification")).isEmpty();
  }

  @Test
  void aMoveWithinTheCityOfRegistrationOpensNoInterRegionalDuty() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .fact(
                "a-1",
                "410105",
                "2026-03-01",
                new ArrivalRegistered(ZHONGYUAN),
                "410100",
                "2026-03-02");

    assertThat(story.all()).isEmpty();
  }

  @Test
  void aCertificateVerifiedWithinThirtyDaysMeetsTheDutyOnTime() {
    Obligation verification =
        arrivedInWuxi()
            .fact(
                "v-1",
                BINHU,
                "2026-03-20",
                new CertificateVerified("C-1", "valid"),
                WUXI,
                "2026-03-20")
            .the("certificate-verification");

    assertThat(verification.status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(verification.evidence()).isEqualTo("320211/v-1");
    assertThat(verification.settledOn()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void aVerificationByARegionOutsideTheResponsibleLineDoesNotCount() {
    Obligation verification =
        arrivedInWuxi()
            .fact(
                "v-1",
                "320508",
                "2026-03-20",
                new CertificateVerified("C-1", "valid"),
                "320500",
                "2026-03-20")
            .the("certificate-verification");

    assertThat(verification.status()).isEqualTo(ObligationStatus.OPEN);
  }

  @Test
  void anUnverifiedCertificateFallsDueSoonAndThenOverdueAsTimePasses() {
    PersonStory story = arrivedInWuxi().wakeUp("2026-03-26");
    assertThat(story.the("certificate-verification").status()).isEqualTo(ObligationStatus.DUE_SOON);

    story.wakeUp("2026-04-01");
    assertThat(story.the("certificate-verification").status()).isEqualTo(ObligationStatus.OVERDUE);
    assertThat(story.lastChanges())
        .filteredOn(c -> c.obligationId().startsWith("certificate-verification"))
        .hasSize(1);
    assertThat(story.lastCause()).isEqualTo("deadline:2026-04-01");
  }

  @Test
  void aVerificationAfterTheDueDateMeetsTheDutyLate() {
    Obligation verification =
        arrivedInWuxi()
            .wakeUp("2026-04-01")
            .fact(
                "v-1",
                BINHU,
                "2026-04-05",
                new CertificateVerified("C-1", "valid"),
                WUXI,
                "2026-04-05")
            .the("certificate-verification");

    assertThat(verification.status()).isEqualTo(ObligationStatus.MET_LATE);
  }

  @Test
  void aLateReportOfATimelyVerificationTurnsOverdueIntoMetOnTime() {
    PersonStory story =
        arrivedInWuxi()
            .wakeUp("2026-04-01")
            .fact(
                "v-1",
                BINHU,
                "2026-03-25",
                new CertificateVerified("C-1", "valid"),
                WUXI,
                "2026-04-10");

    assertThat(story.the("certificate-verification").status())
        .isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(story.lastCause()).isEqualTo("320211/v-1");
  }

  @Test
  void aCertificateIssuedBeforeSheLeftAndStillValidMeetsTheIssuingDuty() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .fact(
                "c-1",
                ZHONGYUAN,
                "2025-12-01",
                new CertificateIssued("C-1", LocalDate.of(2028, 12, 1), "married", 1, null),
                "410000",
                "2025-12-01")
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-03-02");

    assertThat(story.the("certificate-issuance").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(story.the("certificate-issuance").evidence()).isEqualTo("410102/c-1");
  }

  @Test
  void anExpiredCertificateDoesNotMeetTheIssuingDuty() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .fact(
                "c-1",
                ZHONGYUAN,
                "2022-12-01",
                new CertificateIssued("C-1", LocalDate.of(2025, 12, 1), "married", 1, null),
                "410000",
                "2022-12-01")
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-03-02");

    assertThat(story.the("certificate-issuance").status()).isEqualTo(ObligationStatus.OPEN);
  }

  @Test
  void theArrivalAsksToBeWokenWhenItsDutiesFallDueSoonOrOverdueAndWhenItsFirstQuarterQualifies() {
    PersonStory story = arrivedInWuxi();

    assertThat(story.lastWakeUps())
        .containsExactly(
            LocalDate.of(2026, 3, 5),
            LocalDate.of(2026, 3, 11),
            LocalDate.of(2026, 3, 26),
            LocalDate.of(2026, 3, 30),
            LocalDate.of(2026, 4, 1));
  }

  @Test
  void reconcilingAgainOnTheSameDayChangesNothingAndAsksForNothing() {
    PersonStory story = arrivedInWuxi().wakeUp("2026-03-02");

    assertThat(story.lastEvents()).isEmpty();
    assertThat(story.lastWakeUps()).isEmpty();
  }
}
