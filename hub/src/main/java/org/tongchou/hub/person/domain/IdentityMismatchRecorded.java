package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * An arrival whose name does not match the owner's record (docs/ACCESS.md, "Arrivals are
 * corroborated"). It grants the destination nothing; only the owner and the offices over it see it,
 * so that the destination cannot learn from it whether the person is known.
 *
 * @param arrivalKey the arrival's record key
 * @param region the division the arrival was reported in
 */
public record IdentityMismatchRecorded(
    String personKey,
    long personSequence,
    String arrivalKey,
    String region,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.identityMismatchRecorded(this);
  }

  @Override
  public IdentityMismatchRecorded withHash(String newHash) {
    return new IdentityMismatchRecorded(
        personKey, personSequence, arrivalKey, region, recordedAt, previousHash, newHash);
  }

  /** Only the owner and those over it: the destination must not learn it from its feed. */
  @Override
  public Facet facet() {
    return new Facet(Facet.Sensitivity.OWNER_ONLY, java.util.Set.of(), recordedAt);
  }
}
