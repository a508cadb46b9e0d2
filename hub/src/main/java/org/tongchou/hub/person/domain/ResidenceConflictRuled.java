package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * A coordination office ({@code office}: its code, or {@code national}) ruled on a residence
 * conflict: the person lived in {@code residenceRegion} on the contested days, so the claim {@code
 * winnerKey} takes them from {@code loserKey}. Final; the timeline and every duty that depends on
 * it follow.
 */
public record ResidenceConflictRuled(
    String personKey,
    long personSequence,
    String conflictId,
    String existingRegion,
    String claimedRegion,
    String residenceRegion,
    String winnerKey,
    String loserKey,
    String office,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.residenceConflictRuled(this);
  }

  @Override
  public ResidenceConflictRuled withHash(String newHash) {
    return new ResidenceConflictRuled(
        personKey,
        personSequence,
        conflictId,
        existingRegion,
        claimedRegion,
        residenceRegion,
        winnerKey,
        loserKey,
        office,
        reason,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Set<String> addressees() {
    return new LinkedHashSet<>(List.of(existingRegion, claimedRegion));
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }
}
