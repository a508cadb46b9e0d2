package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * One owner approved a link of two persons whose owners differ; the link is made once every owner
 * has approved, or the office over both confirms (DECISIONS.md, "Linking persons with different
 * registration regions"). Recorded in the alias's stream, where the request waits.
 *
 * @param by the approving owner's jurisdiction
 */
public record IdentityLinkApproved(
    String personKey,
    long personSequence,
    String linkId,
    String by,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.identityLinkApproved(this);
  }

  @Override
  public IdentityLinkApproved withHash(String newHash) {
    return new IdentityLinkApproved(
        personKey, personSequence, linkId, by, recordedAt, previousHash, newHash);
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(Set.of(by), recordedAt);
  }
}
