package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;

/**
 * The owner contested an arrival: the destination's entitlement is suspended until the office over
 * both rules ({@link ArrivalContestRuled}).
 *
 * @param arrivalKey the arrival's record key
 * @param region the division the arrival was reported in
 * @param ground {@code not-our-person} or {@code not-there}
 * @param by the owner's jurisdiction that contested
 * @param reason sealed with the person's key
 */
public record ArrivalContested(
    String personKey,
    long personSequence,
    String arrivalKey,
    String region,
    String ground,
    String by,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.arrivalContested(this);
  }

  public static final String NOT_OUR_PERSON = "not-our-person";
  public static final String NOT_THERE = "not-there";

  @Override
  public ArrivalContested withHash(String newHash) {
    return new ArrivalContested(
        personKey,
        personSequence,
        arrivalKey,
        region,
        ground,
        by,
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
