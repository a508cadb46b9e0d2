package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;
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
}
