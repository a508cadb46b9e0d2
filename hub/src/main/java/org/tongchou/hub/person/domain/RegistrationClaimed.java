package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * A region other than the owner named another registration region for the person: a claim, which
 * moves nothing until the owner (or an office over it) confirms it (docs/ACCESS.md, "The owner").
 *
 * @param claimId the record key of the fact that named it
 * @param claimedRegion the registration region named
 * @param claimedBy the division that reported the fact
 * @param effectiveOn the fact's business date: from when the claimed registration would hold
 */
public record RegistrationClaimed(
    String personKey,
    long personSequence,
    String claimId,
    String claimedRegion,
    String claimedBy,
    LocalDate effectiveOn,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.registrationClaimed(this);
  }

  @Override
  public RegistrationClaimed withHash(String newHash) {
    return new RegistrationClaimed(
        personKey,
        personSequence,
        claimId,
        claimedRegion,
        claimedBy,
        effectiveOn,
        recordedAt,
        previousHash,
        newHash);
  }

  /** The claimed region and the claimant see the claim; the owner sees everything. */
  @Override
  public Set<String> addressees() {
    return new LinkedHashSet<>(List.of(claimedRegion, claimedBy));
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }
}
