package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.Child;
import org.tongchou.hub.policy.domain.Side;

/**
 * A region disputes that a duty is its own; an office rules; an upheld dispute moves the duty for
 * good.
 */
class DisputesTest {

  static final String BINHU = "320211";
  static final String ZHONGYUAN = "410102";
  static final String VERIFICATION = "certificate-verification/320211/a-1#1";

  @Test
  void anUpheldDisputeReassignsTheDutyToTheRegionTheOfficeNamesNamingTheOffice() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .dispute(VERIFICATION, "320200", "2026-03-05")
            .ruleOnDispute(VERIFICATION, "320213", "320200", "320000", "2026-03-06");

    Obligation moved = story.the("certificate-verification");
    assertThat(moved.id()).isEqualTo("certificate-verification/320211/a-1#2");
    assertThat(moved.responsible()).isEqualTo("320213");
    assertThat(moved.side()).isEqualTo(Side.INFLOW);
    assertThat(story.lastChanges())
        .filteredOn(ObligationChange.Reassigned.class::isInstance)
        .hasSize(1);
    assertThat(story.lastCause()).isEqualTo("office:320200");
  }

  @Test
  void theDutyStaysWithTheAssignedRegionWhateverLaterFactsSay() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .dispute(VERIFICATION, "320200", "2026-03-05")
            .ruleOnDispute(VERIFICATION, "320213", "320200", "320000", "2026-03-06")
            .wakeUp("2026-03-10");

    assertThat(story.the("certificate-verification").responsible()).isEqualTo("320213");
    assertThat(story.lastChanges()).noneMatch(ObligationChange.Reassigned.class::isInstance);
  }

  @Test
  void aDismissedDisputeChangesNothing() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .dispute(VERIFICATION, "320200", "2026-03-05")
            .ruleOnDispute(VERIFICATION, null, "320200", "320000", "2026-03-06");

    assertThat(story.the("certificate-verification").responsible()).isEqualTo(BINHU);
    assertThat(story.the("certificate-verification").dispute())
        .isEqualTo(Obligation.Dispute.DISMISSED);
  }

  @Test
  void onlyTheResponsibleRegionMayDispute() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi().dispute(VERIFICATION, "410000", "2026-03-05");

    assertThat(((Decision.Refused) story.lastDecision()).refusal().reason())
        .isEqualTo("NOT_RESPONSIBLE");
  }

  @Test
  void anOfficeMayNotAssignADutyOutsideItsJurisdiction() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .dispute(VERIFICATION, "320200", "2026-03-05")
            .ruleOnDispute(VERIFICATION, "330102", "320000", "320000", "2026-03-06");

    assertThat(((Decision.Refused) story.lastDecision()).refusal().reason())
        .isEqualTo("OUTSIDE_JURISDICTION");
  }

  @Test
  void aRulingWithoutAnOpenDisputeIsRefused() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .ruleOnDispute(VERIFICATION, "320213", "320000", "320000", "2026-03-06");

    assertThat(((Decision.Refused) story.lastDecision()).refusal().reason())
        .isEqualTo("NO_OPEN_DISPUTE");
  }

  @Test
  void aBirthPinnedOnTheRegistrationPlaceIsScoredAsItsOutflowDuty() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact(
                "b-1",
                BINHU,
                "2026-06-20",
                new BirthRegistered(
                    new Child(null, "k", "M", java.time.LocalDate.of(2026, 6, 10), 1)),
                "320200",
                "2026-06-20");
    String birth = story.the("birth-registration").id();

    story
        .dispute(birth, "320200", "2026-06-21")
        .ruleOnDispute(birth, ZHONGYUAN, "national", null, "2026-06-22");

    assertThat(story.the("birth-registration").responsible()).isEqualTo(ZHONGYUAN);
    assertThat(story.the("birth-registration").side()).isEqualTo(Side.OUTFLOW);
  }
}
