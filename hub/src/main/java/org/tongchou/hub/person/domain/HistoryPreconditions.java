package org.tongchou.hub.person.domain;

import java.util.Optional;
import org.tongchou.hub.kernel.Refusal;
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
import org.tongchou.hub.residence.domain.ResidenceClaim;

/**
 * What a fact asks of the person's history before it is recorded: an end needs a residence to end,
 * a correction a record of the same division to correct. Every fact type says it here, so a new
 * type fails to compile until it is asked whether it needs something already recorded.
 */
record HistoryPreconditions(PersonState state, ReportedFact fact)
    implements FactData.Visitor<Optional<Refusal>> {

  /** Why {@code fact} cannot follow the person's history, if it cannot. */
  static Optional<Refusal> of(PersonState state, ReportedFact fact) {
    return fact.data() == null
        ? Optional.empty()
        : fact.data().accept(new HistoryPreconditions(state, fact));
  }

  /** The types down to {@code verificationAnswered} ask nothing of the history. */
  @Override
  public Optional<Refusal> personRegistered(PersonRegistered data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> departureReported(DepartureReported data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> arrivalRegistered(ArrivalRegistered data) {
    return Optional.empty();
  }

  /** An end needs an open residence in the region, begun before the end. */
  @Override
  public Optional<Refusal> residenceEnded(ResidenceEnded data) {
    Optional<ResidenceClaim> endable = state.timeline().endableIn(fact.region());
    if (endable.isEmpty()) {
      return Optional.of(
          Refusal.precondition(
              "NO_OPEN_RESIDENCE",
              "region",
              "the person has no open residence in " + fact.region() + " to end"));
    }
    if (fact.occurredOn().isBefore(endable.get().from())) {
      return Optional.of(
          Refusal.precondition(
              "ENDS_BEFORE_ARRIVAL",
              "occurredOn",
              fact.occurredOn() + " is before the arrival on " + endable.get().from()));
    }
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> residencePermitIssued(ResidencePermitIssued data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> residencePermitEndorsed(ResidencePermitEndorsed data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> residencePermitLapsed(ResidencePermitLapsed data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> certificateIssued(CertificateIssued data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> certificateVerified(CertificateVerified data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> agreementSigned(AgreementSigned data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> serviceDelivered(ServiceDelivered data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> pregnancyReported(PregnancyReported data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> birthRegistered(BirthRegistered data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> verificationRequested(VerificationRequested data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> verificationAnswered(VerificationAnswered data) {
    return Optional.empty();
  }

  @Override
  public Optional<Refusal> recordCorrected(RecordCorrected correction) {
    // A region corrects its own records: the original carries the same division as the
    // correction.
    Optional<KnownFact> target = state.record(fact.region(), correction.corrects());
    if (target.isEmpty()) {
      return Optional.of(
          Refusal.precondition(
              "UNKNOWN_CORRECTED_RECORD",
              "data.corrects",
              "division "
                  + fact.region()
                  + " recorded no record '"
                  + correction.corrects()
                  + "' about this person"));
    }
    if (target.get().isCorrection()) {
      return Optional.of(
          Refusal.precondition(
              "CORRECTS_A_CORRECTION",
              "data.corrects",
              "'"
                  + correction.corrects()
                  + "' is itself a correction; correct the original record"));
    }
    return Optional.empty();
  }
}
