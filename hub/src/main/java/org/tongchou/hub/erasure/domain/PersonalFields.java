package org.tongchou.hub.erasure.domain;

import java.util.function.UnaryOperator;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.obligation.domain.ObligationChange;
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
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ResidencePermitEndorsed;
import org.tongchou.hub.person.domain.fact.ResidencePermitIssued;
import org.tongchou.hub.person.domain.fact.ResidencePermitLapsed;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.person.domain.fact.VerificationRequested;

/**
 * The one list of the personal texts inside a person's events, and the one way to transform them
 * all: sealing before an event is hashed, revealing (or showing as erased) where the hub serves
 * them. Personal are the free texts a region or an office writes about the person (a correction's
 * reason, a verification note, the contraception remark, the reasons of rulings, waivers, disputes
 * and identity links) and the numbers of the person's documents (certificate and permit numbers),
 * which identify the person to anyone holding the issuing register. Codes and dates stay as they
 * are: the rules and the statistics need them. A re-evaluation's reason is the office's statement
 * about a period and a policy version, the same in every stream it touches, and stays plain. See
 * docs/PRIVACY.md.
 */
public final class PersonalFields {

  private PersonalFields() {}

  /** The data with every personal text passed through {@code text} (which sees no nulls). */
  public static FactData map(FactData data, UnaryOperator<String> text) {
    return data == null ? null : data.accept(new InData(text));
  }

  /**
   * The event with every personal text passed through {@code text}; its hash is kept as stored, so
   * a revealed event is for showing only, never for verifying or storing.
   */
  public static PersonEvent map(PersonEvent event, UnaryOperator<String> text) {
    return event.accept(new InEvent(text));
  }

  /** Skips nulls and empty texts, which stay as they are. */
  private static UnaryOperator<String> texts(UnaryOperator<String> text) {
    return s -> s == null || s.isEmpty() ? s : text.apply(s);
  }

  /**
   * Each fact type's personal texts. A new type must be listed here: the compiler asks whether it
   * holds any.
   */
  private static final class InData implements FactData.Visitor<FactData> {

    private final UnaryOperator<String> text;
    private final UnaryOperator<String> t;

    InData(UnaryOperator<String> text) {
      this.text = text;
      this.t = texts(text);
    }

    @Override
    public FactData personRegistered(PersonRegistered data) {
      return data;
    }

    @Override
    public FactData departureReported(DepartureReported data) {
      return data;
    }

    @Override
    public FactData arrivalRegistered(ArrivalRegistered data) {
      return data;
    }

    @Override
    public FactData residenceEnded(ResidenceEnded data) {
      return data;
    }

    @Override
    public FactData residencePermitIssued(ResidencePermitIssued p) {
      return new ResidencePermitIssued(t.apply(p.permitNumber()), p.validUntil());
    }

    @Override
    public FactData residencePermitEndorsed(ResidencePermitEndorsed p) {
      return new ResidencePermitEndorsed(t.apply(p.permitNumber()), p.validUntil());
    }

    @Override
    public FactData residencePermitLapsed(ResidencePermitLapsed p) {
      return new ResidencePermitLapsed(t.apply(p.permitNumber()), p.validUntil());
    }

    @Override
    public FactData certificateIssued(CertificateIssued c) {
      return new CertificateIssued(
          t.apply(c.certificateNumber()),
          c.validUntil(),
          c.maritalStatus(),
          c.children(),
          t.apply(c.contraception()));
    }

    @Override
    public FactData certificateVerified(CertificateVerified c) {
      return new CertificateVerified(t.apply(c.certificateNumber()), c.result());
    }

    @Override
    public FactData agreementSigned(AgreementSigned data) {
      return data;
    }

    @Override
    public FactData serviceDelivered(ServiceDelivered data) {
      return data;
    }

    @Override
    public FactData pregnancyReported(PregnancyReported data) {
      return data;
    }

    @Override
    public FactData birthRegistered(BirthRegistered data) {
      return data;
    }

    @Override
    public FactData verificationRequested(VerificationRequested data) {
      return data;
    }

    @Override
    public FactData verificationAnswered(VerificationAnswered v) {
      return new VerificationAnswered(
          v.requestRecordId(), v.requestRegion(), v.answer(), t.apply(v.note()));
    }

    @Override
    public FactData recordCorrected(RecordCorrected r) {
      ReportedFact f = r.fact();
      ReportedFact replacement =
          f == null
              ? null
              : new ReportedFact(
                  f.recordId(),
                  f.region(),
                  f.occurredOn(),
                  f.person(),
                  f.data() == null ? null : map(f.data(), text),
                  f.readProblems());
      return new RecordCorrected(r.corrects(), t.apply(r.reason()), replacement);
    }
  }

  /**
   * Each event kind's personal texts. A new kind must be listed here: the compiler asks whether it
   * holds any.
   */
  private static final class InEvent implements PersonStreamVisitor<PersonEvent> {

    private final UnaryOperator<String> text;
    private final UnaryOperator<String> t;

    InEvent(UnaryOperator<String> text) {
      this.text = text;
      this.t = texts(text);
    }

    @Override
    public PersonEvent factRecorded(FactRecorded f) {
      return new FactRecorded(
          f.personKey(),
          f.personSequence(),
          f.recordId(),
          f.region(),
          f.reportedBy(),
          f.occurredOn(),
          f.registrationRegion(),
          map(f.data(), text),
          f.recordedAt(),
          f.previousHash(),
          f.hash(),
          f.sex(),
          f.bornOn(),
          f.nameDigest());
    }

    @Override
    public PersonEvent residenceConflictRecorded(ResidenceConflictRecorded event) {
      return event;
    }

    @Override
    public PersonEvent residenceConflictRuled(ResidenceConflictRuled r) {
      return new ResidenceConflictRuled(
          r.personKey(),
          r.personSequence(),
          r.conflictId(),
          r.existingRegion(),
          r.claimedRegion(),
          r.residenceRegion(),
          r.winnerKey(),
          r.loserKey(),
          r.office(),
          t.apply(r.reason()),
          r.recordedAt(),
          r.previousHash(),
          r.hash());
    }

    @Override
    public PersonEvent residenceConflictEnded(ResidenceConflictEnded event) {
      return event;
    }

    @Override
    public PersonEvent identityLinkRequested(IdentityLinkRequested r) {
      return new IdentityLinkRequested(
          r.personKey(),
          r.personSequence(),
          r.linkId(),
          r.primaryKey(),
          r.aliasKey(),
          r.requestedBy(),
          t.apply(r.reason()),
          r.recordedAt(),
          r.previousHash(),
          r.hash());
    }

    @Override
    public PersonEvent identityLinkApproved(IdentityLinkApproved event) {
      return event;
    }

    @Override
    public PersonEvent identityLinked(IdentityLinked event) {
      return event;
    }

    @Override
    public PersonEvent identityUnlinked(IdentityUnlinked u) {
      return new IdentityUnlinked(
          u.personKey(),
          u.personSequence(),
          u.linkId(),
          u.primaryKey(),
          u.aliasKey(),
          u.outcome(),
          u.by(),
          t.apply(u.reason()),
          u.recordedAt(),
          u.previousHash(),
          u.hash());
    }

    @Override
    public PersonEvent identityMismatchRecorded(IdentityMismatchRecorded event) {
      return event;
    }

    @Override
    public PersonEvent entitlementsChanged(EntitlementsChanged e) {
      return new EntitlementsChanged(
          e.personKey(),
          e.personSequence(),
          e.changes().stream()
              .map(
                  c ->
                      new EntitlementChange(
                          c.kind(),
                          c.region(),
                          c.relationship(),
                          c.basis(),
                          c.by(),
                          t.apply(c.reason()),
                          c.from(),
                          c.until()))
              .toList(),
          e.cause(),
          e.recordedAt(),
          e.previousHash(),
          e.hash());
    }

    @Override
    public PersonEvent registrationClaimed(RegistrationClaimed event) {
      return event;
    }

    @Override
    public PersonEvent registrationClaimDecided(RegistrationClaimDecided d) {
      return new RegistrationClaimDecided(
          d.personKey(),
          d.personSequence(),
          d.claimId(),
          d.claimedRegion(),
          d.claimedBy(),
          d.confirmed(),
          d.by(),
          t.apply(d.reason()),
          d.recordedAt(),
          d.previousHash(),
          d.hash());
    }

    @Override
    public PersonEvent arrivalContested(ArrivalContested c) {
      return new ArrivalContested(
          c.personKey(),
          c.personSequence(),
          c.arrivalKey(),
          c.region(),
          c.ground(),
          c.by(),
          t.apply(c.reason()),
          c.recordedAt(),
          c.previousHash(),
          c.hash());
    }

    @Override
    public PersonEvent arrivalContestRuled(ArrivalContestRuled r) {
      return new ArrivalContestRuled(
          r.personKey(),
          r.personSequence(),
          r.arrivalKey(),
          r.region(),
          r.upheld(),
          r.office(),
          t.apply(r.reason()),
          r.recordedAt(),
          r.previousHash(),
          r.hash());
    }

    @Override
    public PersonEvent obligationsChanged(ObligationsChanged o) {
      return new ObligationsChanged(
          o.personKey(),
          o.personSequence(),
          o.changes().stream().map(c -> c.accept(new InChange(t))).toList(),
          o.cause(),
          o.recordedAt(),
          o.previousHash(),
          o.hash());
    }

    @Override
    public PersonEvent reevaluationRecorded(ReevaluationRecorded event) {
      return event;
    }

    @Override
    public PersonEvent erased(Erasure event) {
      return event;
    }
  }

  /** Each kind of obligation change's personal texts: the reasons of offices and regions. */
  private static final class InChange implements ObligationChange.Visitor<ObligationChange> {

    private final UnaryOperator<String> t;

    InChange(UnaryOperator<String> t) {
      this.t = t;
    }

    @Override
    public ObligationChange opened(ObligationChange.Opened change) {
      return change;
    }

    @Override
    public ObligationChange statusChanged(ObligationChange.StatusChanged change) {
      return change;
    }

    @Override
    public ObligationChange reassigned(ObligationChange.Reassigned change) {
      return change;
    }

    @Override
    public ObligationChange waived(ObligationChange.Waived w) {
      return new ObligationChange.Waived(
          w.obligationId(), w.responsible(), w.owed(), w.office(), t.apply(w.reason()));
    }

    @Override
    public ObligationChange disputed(ObligationChange.Disputed d) {
      return new ObligationChange.Disputed(
          d.obligationId(), d.responsible(), d.owed(), d.disputedBy(), t.apply(d.reason()));
    }

    @Override
    public ObligationChange disputeRuled(ObligationChange.DisputeRuled r) {
      return new ObligationChange.DisputeRuled(
          r.obligationId(),
          r.responsible(),
          r.owed(),
          r.upheld(),
          r.assignTo(),
          r.office(),
          t.apply(r.reason()));
    }
  }
}
