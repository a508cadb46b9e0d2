package org.tongchou.hub.replay.app;

import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.replay.domain.ScratchObligations;

/**
 * A replay under the recorded decisions, person by person (the log read in person order): each
 * person's events are folded into their state exactly as the aggregate folds them, and their
 * obligation events, if a scratch is given, are applied to it as the live projection applies them.
 * The folded person goes to a {@link ReplayedPerson}.
 */
final class RecordedPersons {

  private final ScratchObligations scratch;
  private final ReplayedPerson sink;

  private String personKey;
  private PersonState state;
  private int events;
  private long lastPosition;

  /**
   * @param scratch where obligation changes go; null when the replay needs none
   */
  RecordedPersons(ScratchObligations scratch, ReplayedPerson sink) {
    this.scratch = scratch;
    this.sink = sink;
  }

  void accept(LoggedEvent logged) {
    if (!logged.personKey().equals(personKey)) {
      finish();
      personKey = logged.personKey();
      state = new PersonState();
      events = 0;
    }
    events++;
    lastPosition = logged.position();
    if (logged.event() == null) {
      return; // a type the replay does not read, or an obligation event with no change it needs
    }
    state.evolve(logged.event());
    if (scratch != null && logged.event() instanceof ObligationsChanged changed) {
      for (ObligationChange change : changed.changes()) {
        scratch.apply(changed.personKey(), change, logged.position());
      }
    }
  }

  /** Hands on the person read last, if any. */
  void finish() {
    if (personKey != null) {
      sink.folded(personKey, state, events, lastPosition);
      personKey = null;
    }
  }
}
