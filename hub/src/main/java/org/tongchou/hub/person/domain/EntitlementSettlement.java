package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.entitlement.domain.Entitlement;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Entitlements;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.residence.domain.ResidenceClaim;

/**
 * Settles who may read a person once a decision's events are applied: what the decision asked for,
 * and the residences the timeline now closes (ended, superseded, corrected away) or moves (a
 * corrected arrival), recorded as one {@link EntitlementsChanged}, or none.
 */
public final class EntitlementSettlement {

  private EntitlementSettlement() {}

  public static Optional<EntitlementsChanged> of(
      String personKey,
      PersonState applied,
      List<EntitlementChange> asked,
      String cause,
      Instant at) {
    List<EntitlementChange> changes = new ArrayList<>(asked);
    Entitlements scratch = applied.entitlements().copy();
    asked.forEach(change -> scratch.apply(change, at));
    for (Entitlement e : scratch.all()) {
      if (e.relationship() != Relationship.RESIDENCE || e.endedAt() != null) {
        continue;
      }
      Optional<ResidenceClaim> claim = applied.timeline().claim(e.basis());
      if (claim.isEmpty() || !claim.get().isOpen()) {
        changes.add(ended(e));
      } else if (!claim.get().region().equals(e.region())) {
        changes.add(ended(e));
        changes.add(
            EntitlementChange.granted(
                claim.get().region(), Relationship.RESIDENCE, e.basis(), claim.get().from()));
      }
    }
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Chain(applied)
            .add(
                (sequence, previous) ->
                    new EntitlementsChanged(
                        personKey, sequence, changes, cause, at, previous, null)));
  }

  private static EntitlementChange ended(Entitlement e) {
    return new EntitlementChange(
        EntitlementChange.Kind.ENDED,
        e.region(),
        e.relationship(),
        e.basis(),
        EntitlementChange.HUB,
        null,
        null,
        null);
  }
}
