package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.fact.AgreementSigned;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;

/** Service and contract coverage for residences of 30 days or more in a quarter. */
class CoverageDutiesTest {

  static final String BINHU = "320211";
  static final String WUXI = "320200";
  static final String ZHONGYUAN = "410102";

  static PersonStory arrivedOn(String day) {
    return PersonStory.ofTheWoman()
        .fact("a-1", BINHU, day, new ArrivalRegistered(ZHONGYUAN), WUXI, day);
  }

  @Test
  void theThirtiethDayOfResidenceInAQuarterOpensServiceAndContractCoverageDueAtTheQuartersEnd() {
    PersonStory story = arrivedOn("2026-03-01").wakeUp("2026-03-30");

    Obligation service = story.the("service-coverage");
    assertThat(service.id()).isEqualTo("service-coverage/320211/a-1/2026-Q1#1");
    assertThat(service.period()).isEqualTo("2026-Q1");
    assertThat(service.opensOn()).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(service.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(service.status()).isEqualTo(ObligationStatus.DUE_SOON);
    assertThat(story.the("agreement-coverage").period()).isEqualTo("2026-Q1");
  }

  @Test
  void theDayBeforeTheThirtiethNoCoverageDutyExists() {
    assertThat(arrivedOn("2026-03-01").wakeUp("2026-03-29").currentOf("service-coverage"))
        .isEmpty();
  }

  @Test
  void aServiceInTheQuarterMeetsItsCoverage() {
    PersonStory story =
        arrivedOn("2026-03-01")
            .wakeUp("2026-03-30")
            .fact(
                "s-1",
                BINHU,
                "2026-03-31",
                new ServiceDelivered("health_education"),
                WUXI,
                "2026-03-31");

    assertThat(story.the("service-coverage").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
    assertThat(story.the("service-coverage").evidence()).isEqualTo("320211/s-1");
  }

  @Test
  void withoutAServiceTheCoverageIsOverdueWhenTheQuarterEnds() {
    PersonStory story = arrivedOn("2026-03-01").wakeUp("2026-04-01");

    assertThat(story.the("service-coverage").status()).isEqualTo(ObligationStatus.OVERDUE);
    assertThat(story.the("agreement-coverage").status()).isEqualTo(ObligationStatus.OVERDUE);
  }

  @Test
  void aServiceInTheNextQuarterDoesNotCoverThePreviousOne() {
    PersonStory story =
        arrivedOn("2026-03-01")
            .wakeUp("2026-04-01")
            .fact(
                "s-1",
                BINHU,
                "2026-04-02",
                new ServiceDelivered("health_education"),
                WUXI,
                "2026-04-02");

    assertThat(story.the("service-coverage").status()).isEqualTo(ObligationStatus.OVERDUE);
  }

  @Test
  void twentyDaysInAQuarterOpenNothingThereAndTheNextQuarterQualifiesOnItsThirtiethDay() {
    PersonStory story = arrivedOn("2026-03-12");
    assertThat(story.lastWakeUps())
        .contains(LocalDate.of(2026, 4, 30))
        .doesNotContain(LocalDate.of(2026, 4, 10));

    story.wakeUp("2026-04-30");

    assertThat(story.the("service-coverage").period()).isEqualTo("2026-Q2");
  }

  @Test
  void aContractSignedEarlierInTheResidenceCoversLaterQuartersButACommitmentDoesNot() {
    PersonStory story =
        arrivedOn("2026-03-12")
            .fact(
                "g-1",
                BINHU,
                "2026-03-15",
                new AgreementSigned("commitment", "landlord"),
                WUXI,
                "2026-03-15")
            .wakeUp("2026-04-30");
    assertThat(story.the("agreement-coverage").status()).isEqualTo(ObligationStatus.OPEN);

    story.fact(
        "g-2",
        BINHU,
        "2026-03-16",
        new AgreementSigned("contract", "landlord"),
        WUXI,
        "2026-05-01");

    assertThat(story.the("agreement-coverage").status()).isEqualTo(ObligationStatus.MET_ON_TIME);
  }

  @Test
  void aResidenceReportedLateOpensTheCoverageOfEveryQuarterItQualifiedInAtOnce() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .fact("a-1", BINHU, "2025-10-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-04-02");

    assertThat(story.currentOf("service-coverage"))
        .extracting(Obligation::period)
        .containsExactly("2025-Q4", "2026-Q1");
    assertThat(story.currentOf("service-coverage"))
        .allSatisfy(o -> assertThat(o.status()).isEqualTo(ObligationStatus.OVERDUE));
  }

  @Test
  void anEndedResidenceOpensNoFurtherQuarters() {
    PersonStory story =
        arrivedOn("2026-03-01")
            .fact(
                "e-1", BINHU, "2026-04-15", new ResidenceEnded("returned_home"), WUXI, "2026-04-15")
            .wakeUp("2026-06-30");

    assertThat(story.currentOf("service-coverage"))
        .extracting(Obligation::period)
        .containsExactly("2026-Q1");
  }
}
