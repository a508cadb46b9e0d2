package org.tongchou.hub.person.domain;

import java.util.List;
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
 * A fact's data as it may be stored: no raw ID numbers or names inside an event. Every fact type
 * says what it strips, so a new type fails to compile here until it is asked whether it carries
 * one.
 */
record StorableData(RecordFact command) implements FactData.Visitor<FactData> {

  static FactData of(FactData data, RecordFact command) {
    return data == null ? null : data.accept(new StorableData(command));
  }

  /**
   * The types down to {@code verificationAnswered} hold no ID number and no name: stored as read.
   */
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
  public FactData residencePermitIssued(ResidencePermitIssued data) {
    return data;
  }

  @Override
  public FactData residencePermitEndorsed(ResidencePermitEndorsed data) {
    return data;
  }

  @Override
  public FactData residencePermitLapsed(ResidencePermitLapsed data) {
    return data;
  }

  @Override
  public FactData certificateIssued(CertificateIssued data) {
    return data;
  }

  @Override
  public FactData certificateVerified(CertificateVerified data) {
    return data;
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

  /** The child's ID number becomes the child's key. */
  @Override
  public FactData birthRegistered(BirthRegistered birth) {
    return new BirthRegistered(birth.child().pseudonymized(command.childKey()));
  }

  @Override
  public FactData verificationRequested(VerificationRequested data) {
    return data;
  }

  @Override
  public FactData verificationAnswered(VerificationAnswered data) {
    return data;
  }

  /**
   * The replacement fact, without its envelope's person details and with its own data made
   * storable.
   */
  @Override
  public FactData recordCorrected(RecordCorrected correction) {
    return new RecordCorrected(
        correction.corrects(),
        correction.reason(),
        new ReportedFact(
            null,
            correction.fact().region(),
            correction.fact().occurredOn(),
            null,
            of(correction.fact().data(), command),
            List.of()));
  }
}
