package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * The office over both ruled on a contested arrival: upheld, the destination's entitlement ends;
 * rejected, it is restored.
 *
 * @param office the ruling office's code, or {@code national}
 * @param reason sealed with the person's key
 */
public record ArrivalContestRuled(
    String personKey,
    long personSequence,
    String arrivalKey,
    String region,
    boolean upheld,
    String office,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.arrivalContestRuled(this);
  }

  @Override
  public ArrivalContestRuled withHash(String newHash) {
    return new ArrivalContestRuled(
        personKey,
        personSequence,
        arrivalKey,
        region,
        upheld,
        office,
        reason,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Set<String> addressees() {
    return Set.of(region);
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }
}
