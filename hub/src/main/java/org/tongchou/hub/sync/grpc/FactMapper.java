package org.tongchou.hub.sync.grpc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.person.domain.fact.AgreementSigned;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.CertificateVerified;
import org.tongchou.hub.person.domain.fact.Child;
import org.tongchou.hub.person.domain.fact.DepartureReported;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
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
import org.tongchou.proto.v1.Fact;

/**
 * Reads a wire fact into the domain's {@link ReportedFact}. It judges nothing but the wire form: an
 * unreadable date becomes a read problem that the validator refuses with the rest.
 */
final class FactMapper {

  private final List<FieldViolation> problems = new ArrayList<>();

  private FactMapper() {}

  static ReportedFact toDomain(Fact fact) {
    return new FactMapper().read(fact, "");
  }

  private ReportedFact read(Fact fact, String prefix) {
    LocalDate occurredOn = date(prefix + "occurredOn", fact.getOccurredOn());
    var p = fact.getPerson();
    PersonDetails person =
        fact.hasPerson()
            ? new PersonDetails(p.getIdNumber(), p.getName(), p.getSex(), p.getRegistrationRegion())
            : null;
    FactData data = data(fact, prefix);
    return new ReportedFact(
        fact.getRecordId(),
        fact.getRegion(),
        occurredOn,
        person,
        data,
        prefix.isEmpty() ? problems : List.of());
  }

  private FactData data(Fact f, String prefix) {
    String at = prefix + "data.";
    return switch (f.getDataCase()) {
      case PERSON_REGISTERED -> new PersonRegistered();
      case DEPARTURE_REPORTED -> new DepartureReported(blank(f.getDepartureReported().getTo()));
      case ARRIVAL_REGISTERED -> new ArrivalRegistered(blank(f.getArrivalRegistered().getFrom()));
      case RESIDENCE_ENDED -> new ResidenceEnded(f.getResidenceEnded().getReason());
      case RESIDENCE_PERMIT_ISSUED ->
          new ResidencePermitIssued(
              f.getResidencePermitIssued().getPermitNumber(),
              date(at + "validUntil", f.getResidencePermitIssued().getValidUntil()));
      case RESIDENCE_PERMIT_ENDORSED ->
          new ResidencePermitEndorsed(
              f.getResidencePermitEndorsed().getPermitNumber(),
              date(at + "validUntil", f.getResidencePermitEndorsed().getValidUntil()));
      case RESIDENCE_PERMIT_LAPSED ->
          new ResidencePermitLapsed(
              f.getResidencePermitLapsed().getPermitNumber(),
              date(at + "validUntil", f.getResidencePermitLapsed().getValidUntil()));
      case CERTIFICATE_ISSUED -> {
        var c = f.getCertificateIssued();
        yield new CertificateIssued(
            c.getCertificateNumber(),
            date(at + "validUntil", c.getValidUntil()),
            c.getMaritalStatus(),
            c.getChildren(),
            blank(c.getContraception()));
      }
      case CERTIFICATE_VERIFIED ->
          new CertificateVerified(
              blank(f.getCertificateVerified().getCertificateNumber()),
              f.getCertificateVerified().getResult());
      case AGREEMENT_SIGNED ->
          new AgreementSigned(f.getAgreementSigned().getKind(), f.getAgreementSigned().getParty());
      case SERVICE_DELIVERED -> new ServiceDelivered(f.getServiceDelivered().getService());
      case PREGNANCY_REPORTED ->
          new PregnancyReported(date(at + "expectedOn", f.getPregnancyReported().getExpectedOn()));
      case BIRTH_REGISTERED -> birth(f, at);
      case VERIFICATION_REQUESTED ->
          new VerificationRequested(
              f.getVerificationRequested().getTopic(),
              f.getVerificationRequested().getPregnant()
                  || f.getVerificationRequested().getUrgent());
      case VERIFICATION_ANSWERED -> {
        var a = f.getVerificationAnswered();
        yield new VerificationAnswered(
            a.getRequestRecordId(), a.getRequestRegion(), a.getAnswer(), blank(a.getNote()));
      }
      case RECORD_CORRECTED -> {
        var c = f.getRecordCorrected();
        yield new RecordCorrected(
            c.getCorrects(), c.getReason(), c.hasFact() ? read(c.getFact(), at + "fact.") : null);
      }
      case DATA_NOT_SET -> null;
    };
  }

  private BirthRegistered birth(Fact f, String at) {
    if (!f.getBirthRegistered().hasChild()) {
      return new BirthRegistered(null);
    }
    var c = f.getBirthRegistered().getChild();
    return new BirthRegistered(
        new Child(
            blank(c.getIdNumber()),
            null,
            c.getSex(),
            date(at + "child.bornOn", c.getBornOn()),
            c.getBirthOrder()));
  }

  /**
   * An absent date is null (required-ness is the validator's call); a malformed one is a problem.
   */
  private LocalDate date(String field, String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      problems.add(new FieldViolation(field, "'" + text + "' is not an ISO date (YYYY-MM-DD)"));
      return null;
    }
  }

  private static String blank(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
