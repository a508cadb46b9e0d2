package org.tongchou.hub.statistics.domain;

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
import org.tongchou.hub.person.domain.fact.AgreementSigned;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.CertificateVerified;
import org.tongchou.hub.person.domain.fact.DepartureReported;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonRegistered;
import org.tongchou.hub.person.domain.fact.PregnancyReported;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ResidencePermitEndorsed;
import org.tongchou.hub.person.domain.fact.ResidencePermitIssued;
import org.tongchou.hub.person.domain.fact.ResidencePermitLapsed;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.person.domain.fact.VerificationRequested;

/**
 * Whether a person's figures ({@link PersonFigures}) may differ after an event: a fact about
 * registration, residence, corrections or births, or a ruling on a residence conflict. Every kind
 * of event and every fact type says it here, so a new one fails to compile until it is asked.
 */
public final class FigureChanges implements PersonStreamVisitor<Boolean> {

  private static final FigureChanges EVENTS = new FigureChanges();
  private static final FactData.Visitor<Boolean> FACTS = new Facts();

  private FigureChanges() {}

  public static boolean after(PersonEvent event) {
    return event.accept(EVENTS);
  }

  /** A fact that names the registration region, or whose type moves the person or adds a child. */
  @Override
  public Boolean factRecorded(FactRecorded fact) {
    return fact.registrationRegion() != null || (fact.data() != null && fact.data().accept(FACTS));
  }

  @Override
  public Boolean residenceConflictRecorded(ResidenceConflictRecorded event) {
    return false;
  }

  /** The ruling re-folds the timeline: the losing claim's days go to the winner. */
  @Override
  public Boolean residenceConflictRuled(ResidenceConflictRuled ruled) {
    return true;
  }

  @Override
  public Boolean residenceConflictEnded(ResidenceConflictEnded event) {
    return false;
  }

  @Override
  public Boolean identityLinkRequested(IdentityLinkRequested event) {
    return false;
  }

  @Override
  public Boolean identityLinkApproved(IdentityLinkApproved event) {
    return false;
  }

  @Override
  public Boolean identityLinked(IdentityLinked event) {
    return false;
  }

  @Override
  public Boolean identityUnlinked(IdentityUnlinked event) {
    return false;
  }

  @Override
  public Boolean identityMismatchRecorded(IdentityMismatchRecorded event) {
    return false;
  }

  @Override
  public Boolean entitlementsChanged(EntitlementsChanged event) {
    return false;
  }

  @Override
  public Boolean registrationClaimed(RegistrationClaimed event) {
    return false;
  }

  @Override
  public Boolean registrationClaimDecided(RegistrationClaimDecided event) {
    return false;
  }

  @Override
  public Boolean arrivalContested(ArrivalContested event) {
    return false;
  }

  @Override
  public Boolean arrivalContestRuled(ArrivalContestRuled event) {
    return false;
  }

  @Override
  public Boolean erased(Erasure event) {
    return false;
  }

  @Override
  public Boolean obligationsChanged(ObligationsChanged event) {
    return false;
  }

  @Override
  public Boolean reevaluationRecorded(ReevaluationRecorded event) {
    return false;
  }

  /** The fact types that move the person or add a child. */
  private static final class Facts implements FactData.Visitor<Boolean> {

    @Override
    public Boolean personRegistered(PersonRegistered data) {
      return false;
    }

    @Override
    public Boolean departureReported(DepartureReported data) {
      return false;
    }

    @Override
    public Boolean arrivalRegistered(ArrivalRegistered data) {
      return true;
    }

    @Override
    public Boolean residenceEnded(ResidenceEnded data) {
      return true;
    }

    @Override
    public Boolean residencePermitIssued(ResidencePermitIssued data) {
      return false;
    }

    @Override
    public Boolean residencePermitEndorsed(ResidencePermitEndorsed data) {
      return false;
    }

    @Override
    public Boolean residencePermitLapsed(ResidencePermitLapsed data) {
      return false;
    }

    @Override
    public Boolean certificateIssued(CertificateIssued data) {
      return false;
    }

    @Override
    public Boolean certificateVerified(CertificateVerified data) {
      return false;
    }

    @Override
    public Boolean agreementSigned(AgreementSigned data) {
      return false;
    }

    @Override
    public Boolean serviceDelivered(ServiceDelivered data) {
      return false;
    }

    @Override
    public Boolean pregnancyReported(PregnancyReported data) {
      return false;
    }

    @Override
    public Boolean birthRegistered(BirthRegistered data) {
      return true;
    }

    @Override
    public Boolean verificationRequested(VerificationRequested data) {
      return false;
    }

    @Override
    public Boolean verificationAnswered(VerificationAnswered data) {
      return false;
    }

    /** A correction may replace any of the above. */
    @Override
    public Boolean recordCorrected(RecordCorrected data) {
      return true;
    }
  }
}
