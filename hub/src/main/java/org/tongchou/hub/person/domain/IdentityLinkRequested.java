package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * A region ({@code requestedBy}) asks to link this person, the alias, into the person {@code
 * primaryKey}: two ID numbers of one person (mistyped, re-issued, 15 and 18 digits). Recorded in
 * the alias's stream; nothing changes until a second party confirms.
 */
public record IdentityLinkRequested(
    String personKey,
    long personSequence,
    String linkId,
    String primaryKey,
    String aliasKey,
    String requestedBy,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.identityLinkRequested(this);
  }

  @Override
  public IdentityLinkRequested withHash(String newHash) {
    return new IdentityLinkRequested(
        personKey,
        personSequence,
        linkId,
        primaryKey,
        aliasKey,
        requestedBy,
        reason,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(java.util.Set.of(requestedBy), recordedAt);
  }
}
