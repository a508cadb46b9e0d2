package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.person.domain.fact.CertificateIssued;
import org.tongchou.hub.person.domain.fact.FactData;

/**
 * A region's fact, recorded. Holds no ID number and no name: the person is {@code personKey}.
 *
 * @param region the reporting division, as the fact named it
 * @param reportedBy the jurisdiction of the credential that pushed it
 * @param sex the person's sex from the ID number, on the first event that needed it (duties such as
 *     certificate checks depend on it); null afterwards
 * @param bornOn the person's birth date from the ID number, alongside {@code sex}
 * @param registrationRegion the household-registration division the hub took from the fact: the one
 *     it named when that agrees with the owner or the owner named it itself; null when the fact
 *     named none, or named another region as a claim ({@link RegistrationClaimed})
 * @param nameDigest the keyed digest of the person's name ({@code NameDigests}) when this fact
 *     establishes the name the hub holds: the person's first record, or the owner's own; null
 *     otherwise. Arrivals are corroborated against it (docs/ACCESS.md)
 */
public record FactRecorded(
    String personKey,
    long personSequence,
    String recordId,
    String region,
    String reportedBy,
    LocalDate occurredOn,
    String registrationRegion,
    FactData data,
    Instant recordedAt,
    String previousHash,
    String hash,
    String sex,
    LocalDate bornOn,
    String nameDigest)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.factRecorded(this);
  }

  @Override
  public FactRecorded withHash(String newHash) {
    return new FactRecorded(
        personKey,
        personSequence,
        recordId,
        region,
        reportedBy,
        occurredOn,
        registrationRegion,
        data,
        recordedAt,
        previousHash,
        newHash,
        sex,
        bornOn,
        nameDigest);
  }

  /**
   * The reporting division's own business, and that of the regions the fact is addressed to (a
   * departure's destination, the region whose request an answer answers); a certificate is seen in
   * part by the current residence too.
   */
  @Override
  public Facet facet() {
    java.util.Set<String> divisions = new java.util.LinkedHashSet<>();
    divisions.add(region);
    return new Facet(FactSensitivity.of(data, divisions), divisions, recordedAt);
  }

  /** A residence sees a certificate's number and validity, not its private parts. */
  @Override
  public FactRecorded disclosedTo(View view) {
    if (!(data instanceof CertificateIssued certificate) || view.seesWhole(facet())) {
      return this;
    }
    return new FactRecorded(
        personKey,
        personSequence,
        recordId,
        region,
        reportedBy,
        occurredOn,
        registrationRegion,
        new CertificateIssued(
            certificate.certificateNumber(), certificate.validUntil(), null, 0, null),
        recordedAt,
        previousHash,
        hash,
        sex,
        bornOn,
        nameDigest);
  }
}
