package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * The link ends (a split, or a request declined before it was confirmed): from now on the alias's
 * facts are its own again. Recorded in both streams once linked, in the alias's alone when
 * declined.
 *
 * @param outcome {@code split} or {@code declined}
 */
public record IdentityUnlinked(
    String personKey,
    long personSequence,
    String linkId,
    String primaryKey,
    String aliasKey,
    String outcome,
    String by,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.identityUnlinked(this);
  }

  public static final String SPLIT = "split";
  public static final String DECLINED = "declined";

  @Override
  public IdentityUnlinked withHash(String newHash) {
    return new IdentityUnlinked(
        personKey,
        personSequence,
        linkId,
        primaryKey,
        aliasKey,
        outcome,
        by,
        reason,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(java.util.Set.of(by), recordedAt);
  }
}
