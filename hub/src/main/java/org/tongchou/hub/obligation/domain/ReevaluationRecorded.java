package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.person.domain.PersonEvent;

/**
 * A coordination office re-evaluated some of this person's obligations (those due in {@code
 * period}) under {@code policyVersion}, with its reason: the obligation events that follow in the
 * same transaction name it as their cause. Past results change only this way, and it is on record.
 */
public record ReevaluationRecorded(
    String personKey,
    long personSequence,
    String period,
    String policyVersion,
    List<String> obligationIds,
    Set<String> regions,
    String office,
    String reason,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  /**
   * Named by {@link PersonStreamVisitor}; a visitor below obligation sees it as one of
   * obligation's.
   */
  @Override
  public <R> R accept(PersonEvent.Visitor<R> visitor) {
    return visitor instanceof PersonStreamVisitor<R> whole
        ? whole.reevaluationRecorded(this)
        : visitor.ofObligations(this);
  }

  public ReevaluationRecorded {
    obligationIds = List.copyOf(obligationIds);
    regions = Set.copyOf(regions);
  }

  @Override
  public ReevaluationRecorded withHash(String newHash) {
    return new ReevaluationRecorded(
        personKey,
        personSequence,
        period,
        policyVersion,
        obligationIds,
        regions,
        office,
        reason,
        recordedAt,
        previousHash,
        newHash);
  }

  @Override
  public Set<String> addressees() {
    return regions;
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }
}
