package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * What follows any change to a person (a fact, a ruling, a wake-up): first the residence conflicts
 * that ended by themselves, then the obligations brought in line with whatever the facts and
 * rulings now say. Each event is applied (through {@code apply}) before the next step looks.
 *
 * @param events everything recorded, in order
 * @param wakeUps the days, after today, that must wake the person up
 */
public record Settlement(List<PersonEvent> events, SortedSet<LocalDate> wakeUps) {

  public static Settlement of(
      PersonObligations whom,
      ObligationContext context,
      ResidenceTimeline before,
      Consumer<PersonEvent> apply) {
    List<PersonEvent> events =
        new ArrayList<>(ConflictRulings.settle(whom.personKey(), whom.person(), context));
    events.forEach(apply);
    Reconciliation reconciliation = Reconciliation.of(whom, context, before);
    reconciliation.events().forEach(apply);
    events.addAll(reconciliation.events());
    return new Settlement(events, reconciliation.wakeUps());
  }
}
