package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * The owner, or an office over it, confirmed or rejected a registration claim. A confirmation moves
 * the owner (an {@link EntitlementsChanged} in the same decision).
 *
 * @param by the deciding owner's jurisdiction, or the office's code ({@code national})
 * @param reason why, sealed with the person's key
 */
public record RegistrationClaimDecided(
    String personKey,
    long personSequence,
    String claimId,
    String claimedRegion,
    String claimedBy,
    boolean confirmed,
    String by,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.registrationClaimDecided(this);
  }

  @Override
  public RegistrationClaimDecided withHash(String newHash) {
    return new RegistrationClaimDecided(
        personKey,
        personSequence,
        claimId,
        claimedRegion,
        claimedBy,
        confirmed,
        by,
        reason,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Set<String> addressees() {
    return new LinkedHashSet<>(List.of(claimedRegion, claimedBy));
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }
}
