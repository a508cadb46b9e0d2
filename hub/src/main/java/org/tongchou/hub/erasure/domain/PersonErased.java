package org.tongchou.hub.erasure.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.person.domain.Erasure;

/**
 * The person's data key was deleted: from here on every sealed text of this stream, and the
 * identity the hub kept, stays unreadable for good. Recorded in the person's own chain so that an
 * auditor sees that, when, by whom and why; it holds no personal data itself. {@code reason} is the
 * office's reference for the request (its legal basis, a case number), which must name nobody.
 *
 * @param erasedBy the office that erased: its division code, or {@code national}
 */
public record PersonErased(
    String personKey,
    long personSequence,
    String erasedBy,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements Erasure {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.erased(this);
  }

  @Override
  public PersonErased withHash(String newHash) {
    return new PersonErased(
        personKey, personSequence, erasedBy, reason, recordedAt, previousHash, newHash);
  }

  /** Whoever may read the person sees that, when and why they were erased. */
  @Override
  public Facet facet() {
    return new Facet(Facet.Sensitivity.EVERY_READER, java.util.Set.of(), recordedAt);
  }
}
