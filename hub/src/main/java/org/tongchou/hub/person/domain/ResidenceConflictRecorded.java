package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.residence.domain.ResidenceConflict;

/** Two reporters claim the same days; recorded beside the arrival that caused it. */
public record ResidenceConflictRecorded(
    String personKey,
    long personSequence,
    ResidenceConflict conflict,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.residenceConflictRecorded(this);
  }

  @Override
  public ResidenceConflictRecorded withHash(String newHash) {
    return new ResidenceConflictRecorded(
        personKey, personSequence, conflict, recordedAt, previousHash, newHash);
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(
        java.util.Set.of(conflict.existing().region(), conflict.claimed().region()), recordedAt);
  }
}
