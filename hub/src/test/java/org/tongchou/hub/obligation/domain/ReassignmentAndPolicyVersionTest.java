package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.policy.app.PolicyYaml;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.PolicyDocument;

/** Later facts change obligations only by recorded events; a new policy never changes old ones. */
class ReassignmentAndPolicyVersionTest {

  static final String BINHU = "320211";
  static final String LIANGXI = "320213";
  static final String WUXI = "320200";
  static final String ZHONGYUAN = "410102";

  static RecordCorrected movedTo(String county) {
    return new RecordCorrected(
        "a-1",
        "wrong district",
        new ReportedFact(
            null, county, LocalDate.of(2026, 3, 1), null, new ArrivalRegistered(ZHONGYUAN), null));
  }

  @Test
  void aCorrectionThatMovesTheArrivalToAnotherDistrictReassignsTheVerificationToIt() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact("c-1", BINHU, "2026-03-05", movedTo(LIANGXI), WUXI, "2026-03-05");

    Obligation verification = story.the("certificate-verification");
    assertThat(verification.id()).isEqualTo("certificate-verification/320211/a-1#2");
    assertThat(verification.responsible()).isEqualTo(LIANGXI);
    assertThat(story.lastChanges())
        .filteredOn(ObligationChange.Reassigned.class::isInstance)
        .isNotEmpty();
    assertThat(story.lastCause()).isEqualTo("320211/c-1");
  }

  @Test
  void aCorrectionThatPutsTheArrivalInTheCityOfRegistrationWithdrawsItsDuties() {
    PersonStory story =
        ArrivalDutiesTest.arrivedInWuxi()
            .fact("c-1", BINHU, "2026-03-05", movedTo("410105"), WUXI, "2026-03-05");

    assertThat(story.the("certificate-verification").status())
        .isEqualTo(ObligationStatus.WITHDRAWN);
    assertThat(story.the("arrival-registration").status()).isEqualTo(ObligationStatus.WITHDRAWN);
  }

  /** The shipped national policy with a shorter verification deadline, as a new version. */
  static PolicyDocument strictNational(String effectiveFrom) {
    String yaml =
        new String(ShippedPolicies.bytes("national-2009.1.yaml"), StandardCharsets.UTF_8)
            .replace("version: national-2009.1", "version: national-2026.1")
            .replace("effectiveFrom: 2009-10-01", "effectiveFrom: " + effectiveFrom)
            .replaceFirst("due: \\{days: 30}", "due: {days: 20}");
    return ((PolicyYaml.Parsed) PolicyYaml.read(yaml.getBytes(StandardCharsets.UTF_8))).document();
  }

  @Test
  void aNewPolicyVersionEvenInForceRetroactivelyLeavesObligationsOpenedBeforeItAsTheyWere() {
    PersonStory story = ArrivalDutiesTest.arrivedInWuxi();
    PolicyBook newer = ShippedPolicies.book().with(strictNational("2026-01-01"));

    story.under(newer).wakeUp("2026-03-03");

    Obligation verification = story.the("certificate-verification");
    assertThat(verification.policyVersion()).isEqualTo("national-2009.1+jiangsu-2021.1");
    assertThat(verification.dueOn()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(story.lastEvents()).isEmpty();
  }

  @Test
  void aDutyOpenedAfterANewVersionTakesEffectFollowsIt() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .under(ShippedPolicies.book().with(strictNational("2026-01-01")))
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-03-02");

    Obligation verification = story.the("certificate-verification");
    assertThat(verification.policyVersion()).isEqualTo("national-2026.1+jiangsu-2021.1");
    assertThat(verification.dueOn()).isEqualTo(LocalDate.of(2026, 3, 21));
  }

  @Test
  void aDutyWhoseBusinessDateIsBeforeANewVersionKeepsTheOldRules() {
    PersonStory story =
        PersonStory.ofTheWoman()
            .under(ShippedPolicies.book().with(strictNational("2026-06-01")))
            .fact("a-1", BINHU, "2026-03-01", new ArrivalRegistered(ZHONGYUAN), WUXI, "2026-07-02");

    assertThat(story.the("certificate-verification").policyVersion())
        .isEqualTo("national-2009.1+jiangsu-2021.1");
  }

  @Test
  void theObligationEventContinuesThePersonsHashChainRightAfterTheFactAndTheEntitlementsItCaused() {
    PersonStory story = ArrivalDutiesTest.arrivedInWuxi();
    org.tongchou.hub.person.domain.FactRecorded arrival =
        ((org.tongchou.hub.person.domain.Decision.Accepted) story.lastDecision()).fact();

    ObligationsChanged obligations = story.lastEvents().get(0);

    assertThat(story.lastEvents()).as("one event for all the arrival's duties").hasSize(1);
    assertThat(obligations.changes()).hasSizeGreaterThan(1);
    var stream = story.stream();
    var entitlements =
        (org.tongchou.hub.person.domain.EntitlementsChanged)
            stream.get(stream.indexOf(arrival) + 1);
    assertThat(entitlements.previousHash()).isEqualTo(arrival.hash());
    assertThat(obligations.previousHash()).isEqualTo(entitlements.hash());
    assertThat(obligations.personSequence()).isEqualTo(arrival.personSequence() + 2);
    assertThat(obligations.hash())
        .isEqualTo(org.tongchou.hub.kernel.EventHashes.expectedHash(obligations));
    assertThat(story.state().lastHash()).isEqualTo(obligations.hash());
  }
}
