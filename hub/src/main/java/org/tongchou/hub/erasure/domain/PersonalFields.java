package org.tongchou.hub.erasure.domain;

import java.util.function.UnaryOperator;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.CertificateVerified;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidencePermitEndorsed;
import org.tongchou.hub.person.domain.fact.ResidencePermitIssued;
import org.tongchou.hub.person.domain.fact.ResidencePermitLapsed;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;

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
    UnaryOperator<String> t = s -> s == null || s.isEmpty() ? s : text.apply(s);
    if (data instanceof CertificateIssued c) {
      return new CertificateIssued(
          t.apply(c.certificateNumber()),
          c.validUntil(),
          c.maritalStatus(),
          c.children(),
          t.apply(c.contraception()));
    }
    if (data instanceof CertificateVerified c) {
      return new CertificateVerified(t.apply(c.certificateNumber()), c.result());
    }
    if (data instanceof ResidencePermitIssued p) {
      return new ResidencePermitIssued(t.apply(p.permitNumber()), p.validUntil());
    }
    if (data instanceof ResidencePermitEndorsed p) {
      return new ResidencePermitEndorsed(t.apply(p.permitNumber()), p.validUntil());
    }
    if (data instanceof ResidencePermitLapsed p) {
      return new ResidencePermitLapsed(t.apply(p.permitNumber()), p.validUntil());
    }
    if (data instanceof VerificationAnswered v) {
      return new VerificationAnswered(
          v.requestRecordId(), v.requestRegion(), v.answer(), t.apply(v.note()));
    }
    if (data instanceof RecordCorrected r) {
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
    return data;
  }

  /**
   * The event with every personal text passed through {@code text}; its hash is kept as stored, so
   * a revealed event is for showing only, never for verifying or storing.
   */
  public static PersonEvent map(PersonEvent event, UnaryOperator<String> text) {
    UnaryOperator<String> t = s -> s == null || s.isEmpty() ? s : text.apply(s);
    if (event instanceof FactRecorded f) {
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
          f.bornOn());
    }
    if (event instanceof ResidenceConflictRuled r) {
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
    if (event instanceof IdentityLinkRequested r) {
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
    if (event instanceof IdentityUnlinked u) {
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
    if (event instanceof ObligationsChanged o) {
      return new ObligationsChanged(
          o.personKey(),
          o.personSequence(),
          o.changes().stream().map(c -> map(c, t)).toList(),
          o.cause(),
          o.recordedAt(),
          o.previousHash(),
          o.hash());
    }
    return event;
  }

  private static ObligationChange map(ObligationChange change, UnaryOperator<String> t) {
    if (change instanceof ObligationChange.Waived w) {
      return new ObligationChange.Waived(
          w.obligationId(), w.responsible(), w.owed(), w.office(), t.apply(w.reason()));
    }
    if (change instanceof ObligationChange.Disputed d) {
      return new ObligationChange.Disputed(
          d.obligationId(), d.responsible(), d.owed(), d.disputedBy(), t.apply(d.reason()));
    }
    if (change instanceof ObligationChange.DisputeRuled r) {
      return new ObligationChange.DisputeRuled(
          r.obligationId(),
          r.responsible(),
          r.owed(),
          r.upheld(),
          r.assignTo(),
          r.office(),
          t.apply(r.reason()));
    }
    return change;
  }
}
