package org.tongchou.hub.person.domain.fact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What a fact says, one record per FACTS.md type. The type name is FACTS.md's {@code type}, and is
 * how the data is tagged when an event is stored.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(PersonRegistered.class), @JsonSubTypes.Type(DepartureReported.class),
  @JsonSubTypes.Type(ArrivalRegistered.class), @JsonSubTypes.Type(ResidenceEnded.class),
  @JsonSubTypes.Type(ResidencePermitIssued.class),
      @JsonSubTypes.Type(ResidencePermitEndorsed.class),
  @JsonSubTypes.Type(ResidencePermitLapsed.class), @JsonSubTypes.Type(CertificateIssued.class),
  @JsonSubTypes.Type(CertificateVerified.class), @JsonSubTypes.Type(AgreementSigned.class),
  @JsonSubTypes.Type(ServiceDelivered.class), @JsonSubTypes.Type(PregnancyReported.class),
  @JsonSubTypes.Type(BirthRegistered.class), @JsonSubTypes.Type(VerificationRequested.class),
  @JsonSubTypes.Type(VerificationAnswered.class), @JsonSubTypes.Type(RecordCorrected.class)
})
public sealed interface FactData
    permits PersonRegistered,
        DepartureReported,
        ArrivalRegistered,
        ResidenceEnded,
        ResidencePermitIssued,
        ResidencePermitEndorsed,
        ResidencePermitLapsed,
        CertificateIssued,
        CertificateVerified,
        AgreementSigned,
        ServiceDelivered,
        PregnancyReported,
        BirthRegistered,
        VerificationRequested,
        VerificationAnswered,
        RecordCorrected {

  /** FACTS.md's name of this type. */
  @JsonIgnore
  default String typeName() {
    return getClass().getSimpleName();
  }

  /** Checks this data's own fields; field names are relative to {@code data}. */
  void check(Checks checks);

  /** True for facts the residence side reports about where the person lives. */
  @JsonIgnore
  default boolean isResidenceFact() {
    return false;
  }

  /**
   * Dispatches on this data's type: the one way code outside this package tells fact types apart. A
   * new fact type must be permitted above and implement this, which means adding a method to {@link
   * Visitor}; every visitor then fails to compile until it says what the new type means for it.
   * (Java 17 has no pattern {@code switch} over a sealed type without preview features, so the
   * visitor is what makes the dispatch exhaustive.)
   */
  <R> R accept(Visitor<R> visitor);

  /**
   * One method per fact type, the one list of them that the compiler checks: an {@code instanceof}
   * chain would still compile when a type is added and forgotten.
   */
  interface Visitor<R> {

    R personRegistered(PersonRegistered data);

    R departureReported(DepartureReported data);

    R arrivalRegistered(ArrivalRegistered data);

    R residenceEnded(ResidenceEnded data);

    R residencePermitIssued(ResidencePermitIssued data);

    R residencePermitEndorsed(ResidencePermitEndorsed data);

    R residencePermitLapsed(ResidencePermitLapsed data);

    R certificateIssued(CertificateIssued data);

    R certificateVerified(CertificateVerified data);

    R agreementSigned(AgreementSigned data);

    R serviceDelivered(ServiceDelivered data);

    R pregnancyReported(PregnancyReported data);

    R birthRegistered(BirthRegistered data);

    R verificationRequested(VerificationRequested data);

    R verificationAnswered(VerificationAnswered data);

    R recordCorrected(RecordCorrected data);
  }
}
