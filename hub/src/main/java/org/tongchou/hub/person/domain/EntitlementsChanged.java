package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.entitlement.domain.View;

/**
 * Who may read the person changed (docs/ACCESS.md): every change one cause brought, as one event of
 * the person's stream, like {@code ObligationsChanged}. {@code cause} is the record key of the fact
 * that led to them, or the act ({@code claim:…}, {@code contest:…}, {@code grant:…}).
 */
public record EntitlementsChanged(
    String personKey,
    long personSequence,
    List<EntitlementChange> changes,
    String cause,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.entitlementsChanged(this);
  }

  public EntitlementsChanged {
    changes = List.copyOf(changes);
  }

  @Override
  public EntitlementsChanged withHash(String newHash) {
    return new EntitlementsChanged(
        personKey, personSequence, changes, cause, recordedAt, previousHash, newHash);
  }

  /** Each region whose entitlement changed is told of it. */
  @Override
  public Set<String> addressees() {
    Set<String> regions = new LinkedHashSet<>();
    changes.forEach(change -> regions.add(change.region()));
    return regions;
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }

  /** A region sees the changes of its own entitlements, not the others one event lists. */
  @Override
  public EntitlementsChanged disclosedTo(View view) {
    return view.seesAll()
        ? this
        : new EntitlementsChanged(
            personKey,
            personSequence,
            changes.stream().filter(c -> view.isPartyTo(java.util.List.of(c.region()))).toList(),
            cause,
            recordedAt,
            previousHash,
            hash);
  }
}
