package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.ConflictOffices;
import org.tongchou.hub.person.domain.ConflictRecord;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;

/**
 * Residence conflicts: escalated, ruled, withdrawn, or final; and the duties that follow where she
 * lived.
 */
class ConflictRulingsTest {

  static final String BINHU = "320211";
  static final String GUSU = "320508";
  static final String SHANGCHENG = "330102";
  static final String ZHONGYUAN = "410102";

  /** Wuxi registered her on 1 March; Suzhou registers her too, from 1 April, on 2 April. */
  static PersonStory claimedTwice() {
    return ArrivalDutiesTest.arrivedInWuxi()
        .fact("s-1", GUSU, "2026-04-01", new ArrivalRegistered(ZHONGYUAN), "320500", "2026-04-02");
  }

  static ConflictRecord theConflict(PersonStory story) {
    return story.state().conflicts().iterator().next();
  }

  @Test
  void aConflictWithinOneProvinceGoesToThatProvincesOfficeAndAcrossProvincesToTheNationalOne() {
    assertThat(
            ConflictOffices.escalatedTo(
                theConflict(claimedTwice()).conflict(), PersonStory.REGIONS))
        .isEqualTo("320000");
    PersonStory acrossProvinces =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact(
                "h-1",
                SHANGCHENG,
                "2026-04-01",
                new ArrivalRegistered(ZHONGYUAN),
                "330100",
                "2026-04-02");
    assertThat(
            ConflictOffices.escalatedTo(
                theConflict(acrossProvinces).conflict(), PersonStory.REGIONS))
        .isEqualTo("national");
  }

  @Test
  void theRegionThatClaimedFirstHoldsTheContestedDaysUntilAnOfficeRules() {
    PersonStory story = claimedTwice();
    assertThat(
            story.state().timeline().residenceOn(LocalDate.of(2026, 5, 1)).orElseThrow().region())
        .isEqualTo(BINHU);

    story.rule(theConflict(story).conflict().id(), GUSU, "320000", "2026-05-15");

    assertThat(
            story.state().timeline().residenceOn(LocalDate.of(2026, 5, 1)).orElseThrow().region())
        .isEqualTo(GUSU);
    assertThat(theConflict(story).status()).isEqualTo(ConflictRecord.Status.RULED);
    assertThat(theConflict(story).residenceRegion()).isEqualTo(GUSU);
  }

  @Test
  void aRulingMovesTheContestedQuartersCoverageToTheRegionItRuledFor() {
    PersonStory story = claimedTwice().wakeUp("2026-05-10");
    assertThat(story.currentOf("service-coverage"))
        .extracting(Obligation::responsible, Obligation::period)
        .contains(org.assertj.core.groups.Tuple.tuple(BINHU, "2026-Q2"));

    story.rule(theConflict(story).conflict().id(), GUSU, "320000", "2026-05-15");

    assertThat(story.currentOf("service-coverage"))
        .filteredOn(o -> "2026-Q2".equals(o.period()))
        .extracting(Obligation::responsible, Obligation::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(BINHU, ObligationStatus.WITHDRAWN),
            org.assertj.core.groups.Tuple.tuple(GUSU, ObligationStatus.OPEN));
    assertThat(story.lastCause()).isEqualTo("office:320000");
  }

  @Test
  void aConflictNobodyContestsBecomesFinalAfterThePolicysSixtyDays() {
    PersonStory story = claimedTwice();
    // Recorded on 2 April: final on 1 June unless someone acts first.
    assertThat(ConflictRulings.finalOn(theConflict(story), story.policies(), PersonStory.REGIONS))
        .isEqualTo(LocalDate.of(2026, 6, 1));

    story.wakeUp("2026-06-01");

    assertThat(theConflict(story).status()).isEqualTo(ConflictRecord.Status.FINAL);
    assertThat(story.lastSettled())
        .filteredOn(ResidenceConflictEnded.class::isInstance)
        .singleElement()
        .satisfies(
            e -> assertThat(((ResidenceConflictEnded) e).residenceRegion()).isEqualTo(BINHU));
  }

  @Test
  void anEndReportThatTakesTheFirstClaimOffTheContestedDaysWithdrawsTheConflict() {
    PersonStory story =
        claimedTwice()
            .fact(
                "e-1", BINHU, "2026-03-20", new ResidenceEnded("moved_on"), "320200", "2026-04-05");

    assertThat(theConflict(story).status()).isEqualTo(ConflictRecord.Status.WITHDRAWN);
    assertThat(
            story.state().timeline().residenceOn(LocalDate.of(2026, 5, 1)).orElseThrow().region())
        .isEqualTo(GUSU);
  }

  @Test
  void aRulingForARegionThatClaimedNothingIsRefusedNamingTheField() {
    PersonStory story =
        claimedTwice()
            .rule(theConflict(claimedTwice()).conflict().id(), "320102", "320000", "2026-05-15");

    Decision.Refused refused = (Decision.Refused) story.lastDecision();
    assertThat(refused.refusal().violations())
        .extracting(v -> v.field())
        .containsExactly("residence_region");
  }

  @Test
  void aSecondRulingOnTheSameConflictIsRefused() {
    PersonStory story = claimedTwice();
    String id = theConflict(story).conflict().id();
    story.rule(id, GUSU, "320000", "2026-05-15").rule(id, BINHU, "320000", "2026-05-16");

    assertThat(((Decision.Refused) story.lastDecision()).refusal().reason())
        .isEqualTo("CONFLICT_CLOSED");
  }
}
