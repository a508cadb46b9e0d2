package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Facet;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.person.domain.PersonEvent;

/**
 * Every change one cause brought to a person's obligations, as one event of the person's stream:
 * {@code cause} is the record key of the fact that led to them, {@code deadline:DATE} when time
 * alone did, or {@code office:CODE} for a coordination office's act. One event rather than one per
 * change: the changes are one decision, stored, hashed and delivered whole (a late-reported arrival
 * can open a dozen coverage duties at once). The feed delivers it to every region a change binds.
 */
public record ObligationsChanged(
    String personKey,
    long personSequence,
    List<ObligationChange> changes,
    String cause,
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
        ? whole.obligationsChanged(this)
        : visitor.ofObligations(this);
  }

  public ObligationsChanged {
    changes = List.copyOf(changes);
  }

  @Override
  public ObligationsChanged withHash(String newHash) {
    return new ObligationsChanged(
        personKey, personSequence, changes, cause, recordedAt, previousHash, newHash);
  }

  @Override
  public Set<String> addressees() {
    Set<String> regions = new LinkedHashSet<>();
    changes.forEach(change -> regions.addAll(change.parties()));
    return regions;
  }

  /** The changes to one obligation, in order. */
  public List<ObligationChange> of(String obligationId) {
    return changes.stream().filter(c -> c.obligationId().equals(obligationId)).toList();
  }

  @Override
  public Facet facet() {
    return Facet.ordinary(addressees(), recordedAt);
  }

  /** A party sees the changes to obligations that bind it, not the others one event lists. */
  @Override
  public ObligationsChanged disclosedTo(View view) {
    return view.seesAll()
        ? this
        : new ObligationsChanged(
            personKey,
            personSequence,
            changes.stream().filter(c -> view.isPartyTo(c.parties())).toList(),
            cause,
            recordedAt,
            previousHash,
            hash);
  }
}
