package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
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
import org.tongchou.hub.policy.domain.Deadline;
import org.tongchou.hub.policy.domain.ObligationRule;

/**
 * When a duty that {@code rule} opens on a fact of {@code occurredOn} is due from, and by which
 * deadline. Every fact type says it here, so a new type fails to compile until it is asked whether
 * it moves the start or picks the deadline.
 */
record DueTerms(ObligationRule rule, LocalDate occurredOn)
    implements FactData.Visitor<DueTerms.Due> {

  /** The day the deadline counts from, and the deadline. */
  record Due(LocalDate start, Deadline deadline) {

    static Due ofTheRule(ObligationRule rule, LocalDate occurredOn) {
      return new Due(occurredOn, rule.due());
    }
  }

  static Due of(ObligationRule rule, LocalDate occurredOn, FactData data) {
    return data == null
        ? Due.ofTheRule(rule, occurredOn)
        : data.accept(new DueTerms(rule, occurredOn));
  }

  /**
   * The types down to {@code pregnancyReported} open duties due by the rule from the fact's day.
   */
  @Override
  public Due personRegistered(PersonRegistered data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due departureReported(DepartureReported data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due arrivalRegistered(ArrivalRegistered data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due residenceEnded(ResidenceEnded data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due residencePermitIssued(ResidencePermitIssued data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due residencePermitEndorsed(ResidencePermitEndorsed data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due residencePermitLapsed(ResidencePermitLapsed data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due certificateIssued(CertificateIssued data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due certificateVerified(CertificateVerified data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due agreementSigned(AgreementSigned data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due serviceDelivered(ServiceDelivered data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due pregnancyReported(PregnancyReported data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  /** A rule may count from the child's birth rather than the day the birth is reported. */
  @Override
  public Due birthRegistered(BirthRegistered birth) {
    return new Due(
        rule.due().countsFromChildBirth() ? birth.child().bornOn() : occurredOn, rule.due());
  }

  /** A request's topic and urgency pick the deadline among the rule's. */
  @Override
  public Due verificationRequested(VerificationRequested request) {
    return new Due(occurredOn, rule.dueFor(request.topic(), request.pregnant()));
  }

  @Override
  public Due verificationAnswered(VerificationAnswered data) {
    return Due.ofTheRule(rule, occurredOn);
  }

  @Override
  public Due recordCorrected(RecordCorrected data) {
    return Due.ofTheRule(rule, occurredOn);
  }
}
