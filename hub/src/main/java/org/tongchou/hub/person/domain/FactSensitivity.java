package org.tongchou.hub.person.domain;

import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet.Sensitivity;
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
 * How sensitive a fact's data is, and which regions it is addressed to (docs/ACCESS.md). Every fact
 * type says it here: a new type fails to compile until it is judged.
 */
final class FactSensitivity {

  private FactSensitivity() {}

  /** The data's sensitivity; the divisions it is addressed to are added to {@code divisions}. */
  static Sensitivity of(FactData data, Set<String> divisions) {
    return data == null ? Sensitivity.ORDINARY : data.accept(new Judging(divisions));
  }

  private record Judging(Set<String> divisions) implements FactData.Visitor<Sensitivity> {

    @Override
    public Sensitivity personRegistered(PersonRegistered data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity departureReported(DepartureReported departure) {
      if (departure.to() != null) {
        divisions.add(departure.to());
      }
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity arrivalRegistered(ArrivalRegistered data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity residenceEnded(ResidenceEnded data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity residencePermitIssued(ResidencePermitIssued data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity residencePermitEndorsed(ResidencePermitEndorsed data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity residencePermitLapsed(ResidencePermitLapsed data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity certificateIssued(CertificateIssued data) {
      return Sensitivity.CERTIFICATE;
    }

    @Override
    public Sensitivity certificateVerified(CertificateVerified data) {
      return Sensitivity.CERTIFICATE;
    }

    @Override
    public Sensitivity agreementSigned(AgreementSigned data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity serviceDelivered(ServiceDelivered data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity pregnancyReported(PregnancyReported data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity birthRegistered(BirthRegistered data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity verificationRequested(VerificationRequested data) {
      return Sensitivity.ORDINARY;
    }

    @Override
    public Sensitivity verificationAnswered(VerificationAnswered answer) {
      if (answer.requestRegion() != null) {
        divisions.add(answer.requestRegion());
      }
      return Sensitivity.ORDINARY;
    }

    /** A correction is as sensitive as the fact it gives, and addressed where that one is. */
    @Override
    public Sensitivity recordCorrected(RecordCorrected correction) {
      if (correction.fact() == null) {
        return Sensitivity.ORDINARY;
      }
      divisions.add(correction.fact().region());
      return of(correction.fact().data(), divisions);
    }
  }
}
