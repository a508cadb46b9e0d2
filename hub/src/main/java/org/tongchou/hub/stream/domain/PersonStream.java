package org.tongchou.hub.stream.domain;

import org.tongchou.hub.obligation.domain.ObligationLedger;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;

/**
 * What a person's events add up to, as the person decider reads it: the person's state and their
 * obligations' ledger. The aggregate, the domain tests' story and any other caller of {@link
 * PersonDecider} fold events into it the same way.
 */
public final class PersonStream {

  private String key;
  private final PersonState state = new PersonState();
  private final ObligationLedger obligations = new ObligationLedger();

  /** The person key of the stream's events; null before the first. */
  public String key() {
    return key;
  }

  public PersonState state() {
    return state;
  }

  public ObligationLedger obligations() {
    return obligations;
  }

  /** Folds one event in: every event into the person, obligation events into the ledger too. */
  public void evolve(PersonEvent event) {
    key = event.personKey();
    state.evolve(event);
    if (event instanceof ObligationsChanged changed) {
      obligations.evolve(changed);
    }
  }
}
