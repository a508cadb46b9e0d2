package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * A residence conflict ended without a ruling: {@code withdrawn} when a region's correction or end
 * report took its claim off the contested days, {@code final} when nobody contested the provisional
 * decision within the policy's period ({@code residenceRegion} then stands for good).
 */
public record ResidenceConflictEnded(
    String personKey,
    long personSequence,
    String conflictId,
    String existingRegion,
    String claimedRegion,
    String outcome,
    String residenceRegion,
    String cause,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.residenceConflictEnded(this);
  }

  public static final String WITHDRAWN = "withdrawn";
  public static final String FINAL = "final";

  @Override
  public ResidenceConflictEnded withHash(String newHash) {
    return new ResidenceConflictEnded(
        personKey,
        personSequence,
        conflictId,
        existingRegion,
        claimedRegion,
        outcome,
        residenceRegion,
        cause,
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
