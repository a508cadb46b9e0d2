package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * A second party ({@code confirmedBy}) confirmed the link: from now on the alias's facts are
 * recorded in the primary's stream. Recorded in both streams; what each recorded before stays.
 */
public record IdentityLinked(
    String personKey,
    long personSequence,
    String linkId,
    String primaryKey,
    String aliasKey,
    String requestedBy,
    String confirmedBy,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.identityLinked(this);
  }

  @Override
  public IdentityLinked withHash(String newHash) {
    return new IdentityLinked(
        personKey,
        personSequence,
        linkId,
        primaryKey,
        aliasKey,
        requestedBy,
        confirmedBy,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(java.util.Set.of(requestedBy, confirmedBy), recordedAt);
  }
}
