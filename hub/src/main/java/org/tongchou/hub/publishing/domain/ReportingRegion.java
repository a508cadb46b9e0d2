package org.tongchou.hub.publishing.domain;

import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;

/**
 * The division whose act an event records, for downstream systems that route or count by it without
 * decoding the event: the region that reported a fact (and so caused the conflict its arrival
 * opened), the office that ruled or re-evaluated, the region that asked for, confirmed or ended an
 * identity link. What the hub decided on its own carries {@value #HUB}. Every kind of event says
 * which: a new kind fails to compile here until it does.
 */
public final class ReportingRegion {

  /** The reporting region of an event the hub made itself (obligations, a conflict's end). */
  public static final String HUB = "hub";

  private static final PersonStreamVisitor<String> OF = new Acts();

  private ReportingRegion() {}

  public static String of(PersonEvent event) {
    String region = event.accept(OF);
    return region == null || region.isEmpty() ? HUB : region;
  }

  /** Whose act each kind of event records. */
  private static final class Acts implements PersonStreamVisitor<String> {

    @Override
    public String factRecorded(FactRecorded fact) {
      return fact.region();
    }

    @Override
    public String residenceConflictRecorded(ResidenceConflictRecorded recorded) {
      return recorded.conflict().claimed().region();
    }

    @Override
    public String residenceConflictRuled(ResidenceConflictRuled ruled) {
      return ruled.office();
    }

    @Override
    public String residenceConflictEnded(ResidenceConflictEnded ended) {
      return HUB;
    }

    @Override
    public String identityLinkRequested(IdentityLinkRequested requested) {
      return requested.requestedBy();
    }

    @Override
    public String identityLinkApproved(IdentityLinkApproved approved) {
      return approved.by();
    }

    @Override
    public String identityLinked(IdentityLinked linked) {
      return linked.confirmedBy();
    }

    @Override
    public String identityUnlinked(IdentityUnlinked unlinked) {
      return unlinked.by();
    }

    @Override
    public String identityMismatchRecorded(IdentityMismatchRecorded mismatch) {
      return HUB;
    }

    @Override
    public String entitlementsChanged(EntitlementsChanged changed) {
      return changed.changes().stream()
          .map(c -> c.by())
          .filter(by -> !HUB.equals(by))
          .findFirst()
          .orElse(HUB);
    }

    @Override
    public String registrationClaimed(RegistrationClaimed claimed) {
      return claimed.claimedBy();
    }

    @Override
    public String registrationClaimDecided(RegistrationClaimDecided decided) {
      return decided.by();
    }

    @Override
    public String arrivalContested(ArrivalContested contested) {
      return contested.by();
    }

    @Override
    public String arrivalContestRuled(ArrivalContestRuled ruled) {
      return ruled.office();
    }

    @Override
    public String erased(Erasure erased) {
      return erased.erasedBy();
    }

    @Override
    public String obligationsChanged(ObligationsChanged changed) {
      return HUB;
    }

    @Override
    public String reevaluationRecorded(ReevaluationRecorded reevaluation) {
      return reevaluation.office();
    }
  }
}
