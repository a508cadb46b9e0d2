package org.tongchou.hub.person.grpc;

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
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.person.domain.fact.ResidencePermitEndorsed;
import org.tongchou.hub.person.domain.fact.ResidencePermitIssued;
import org.tongchou.hub.person.domain.fact.ResidencePermitLapsed;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.person.domain.fact.VerificationAnswered;
import org.tongchou.hub.person.domain.fact.VerificationRequested;
import org.tongchou.proto.v1.Child;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.PersonRef;
import org.tongchou.proto.v1.ResidencePermit;

/** Recorded facts back onto the wire: the inverse of {@link FactMapper}, without identities. */
public final class FactWriter {

  private FactWriter() {}

  public static Fact toProto(
      String recordId,
      String region,
      LocalDate occurredOn,
      String registrationRegion,
      FactData data) {
    Fact.Builder f =
        Fact.newBuilder()
            .setRecordId(nz(recordId))
            .setRegion(nz(region))
            .setOccurredOn(date(occurredOn));
    if (registrationRegion != null) {
      f.setPerson(PersonRef.newBuilder().setRegistrationRegion(registrationRegion));
    }
    if (data != null) {
      data.accept(new DataWriter(f));
    }
    return f.build();
  }

  /** Sets the one data case of the fact's oneof that matches the data's type. */
  private record DataWriter(Fact.Builder f) implements FactData.Visitor<Fact.Builder> {

    @Override
    public Fact.Builder personRegistered(PersonRegistered data) {
      return f.setPersonRegistered(org.tongchou.proto.v1.PersonRegistered.getDefaultInstance());
    }

    @Override
    public Fact.Builder departureReported(DepartureReported d) {
      return f.setDepartureReported(
          org.tongchou.proto.v1.DepartureReported.newBuilder().setTo(nz(d.to())));
    }

    @Override
    public Fact.Builder arrivalRegistered(ArrivalRegistered a) {
      return f.setArrivalRegistered(
          org.tongchou.proto.v1.ArrivalRegistered.newBuilder().setFrom(nz(a.from())));
    }

    @Override
    public Fact.Builder residenceEnded(ResidenceEnded e) {
      return f.setResidenceEnded(
          org.tongchou.proto.v1.ResidenceEnded.newBuilder().setReason(nz(e.reason())));
    }

    @Override
    public Fact.Builder residencePermitIssued(ResidencePermitIssued p) {
      return f.setResidencePermitIssued(permit(p.permitNumber(), p.validUntil()));
    }

    @Override
    public Fact.Builder residencePermitEndorsed(ResidencePermitEndorsed p) {
      return f.setResidencePermitEndorsed(permit(p.permitNumber(), p.validUntil()));
    }

    @Override
    public Fact.Builder residencePermitLapsed(ResidencePermitLapsed p) {
      return f.setResidencePermitLapsed(permit(p.permitNumber(), p.validUntil()));
    }

    @Override
    public Fact.Builder certificateIssued(CertificateIssued c) {
      return f.setCertificateIssued(
          org.tongchou.proto.v1.CertificateIssued.newBuilder()
              .setCertificateNumber(nz(c.certificateNumber()))
              .setValidUntil(date(c.validUntil()))
              .setMaritalStatus(nz(c.maritalStatus()))
              .setChildren(c.children())
              .setContraception(nz(c.contraception())));
    }

    @Override
    public Fact.Builder certificateVerified(CertificateVerified c) {
      return f.setCertificateVerified(
          org.tongchou.proto.v1.CertificateVerified.newBuilder()
              .setCertificateNumber(nz(c.certificateNumber()))
              .setResult(nz(c.result())));
    }

    @Override
    public Fact.Builder agreementSigned(AgreementSigned a) {
      return f.setAgreementSigned(
          org.tongchou.proto.v1.AgreementSigned.newBuilder()
              .setKind(nz(a.kind()))
              .setParty(nz(a.party())));
    }

    @Override
    public Fact.Builder serviceDelivered(ServiceDelivered s) {
      return f.setServiceDelivered(
          org.tongchou.proto.v1.ServiceDelivered.newBuilder().setService(nz(s.service())));
    }

    @Override
    public Fact.Builder pregnancyReported(PregnancyReported p) {
      return f.setPregnancyReported(
          org.tongchou.proto.v1.PregnancyReported.newBuilder().setExpectedOn(date(p.expectedOn())));
    }

    @Override
    public Fact.Builder birthRegistered(BirthRegistered b) {
      // The child's ID number stays inside the hub; its pseudonymous key is not part of v1's Child.
      return f.setBirthRegistered(
          org.tongchou.proto.v1.BirthRegistered.newBuilder()
              .setChild(
                  Child.newBuilder()
                      .setSex(nz(b.child().sex()))
                      .setBornOn(date(b.child().bornOn()))
                      .setBirthOrder(b.child().birthOrder())));
    }

    @Override
    public Fact.Builder verificationRequested(VerificationRequested v) {
      return f.setVerificationRequested(
          org.tongchou.proto.v1.VerificationRequested.newBuilder()
              .setTopic(nz(v.topic()))
              .setPregnant(v.pregnant())
              .setUrgent(v.pregnant()));
    }

    @Override
    public Fact.Builder verificationAnswered(VerificationAnswered v) {
      return f.setVerificationAnswered(
          org.tongchou.proto.v1.VerificationAnswered.newBuilder()
              .setRequestRecordId(nz(v.requestRecordId()))
              .setRequestRegion(nz(v.requestRegion()))
              .setAnswer(nz(v.answer()))
              .setNote(nz(v.note())));
    }

    @Override
    public Fact.Builder recordCorrected(RecordCorrected c) {
      ReportedFact r = c.fact();
      return f.setRecordCorrected(
          org.tongchou.proto.v1.RecordCorrected.newBuilder()
              .setCorrects(nz(c.corrects()))
              .setReason(nz(c.reason()))
              .setFact(toProto(null, r.region(), r.occurredOn(), null, r.data())));
    }
  }

  private static ResidencePermit permit(String number, LocalDate validUntil) {
    return ResidencePermit.newBuilder()
        .setPermitNumber(nz(number))
        .setValidUntil(date(validUntil))
        .build();
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
