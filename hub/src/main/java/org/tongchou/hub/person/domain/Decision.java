package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tongchou.hub.kernel.Refusal;

/** What {@link PersonDecisions} decided: the events to record, or why nothing is recorded. */
public sealed interface Decision permits Decision.Accepted, Decision.Refused {

  /**
   * The events to record, and the divisions they concern: every registration and residence region
   * the person has or had, and any region the events name (a destination, both sides of a
   * conflict). The feed routes the events to every jurisdiction that holds one of these.
   */
  record Accepted(List<PersonEvent> events, Set<String> concerns) implements Decision {
    public Accepted {
      events = List.copyOf(events);
      concerns = Set.copyOf(concerns);
    }

    /** The event that records the fact itself (always the first of a fact's decision). */
    public FactRecorded fact() {
      return (FactRecorded) events.get(0);
    }

    /** The same decision with more events recorded after these (the obligations they led to). */
    public Accepted with(List<? extends PersonEvent> more) {
      List<PersonEvent> all = new ArrayList<>(events);
      all.addAll(more);
      return new Accepted(all, concerns);
    }

    /** The divisions one of these events goes to: its addressees, else the person's concerns. */
    public Set<String> concernsOf(PersonEvent event) {
      return event.addressees().isEmpty() ? concerns : event.addressees();
    }
  }

  record Refused(Refusal refusal) implements Decision {}
}
