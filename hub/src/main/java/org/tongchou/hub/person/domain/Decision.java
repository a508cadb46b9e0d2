package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.kernel.Refusal;

/** What a person's decision came to: the events to record, or why nothing is recorded. */
public sealed interface Decision permits Decision.Accepted, Decision.Refused {

  /**
   * The events to record.
   *
   * @param entitling changes to who may read the person that the decision asks for (a corroborated
   *     arrival, the owner of a new person, a registration move); the aggregate records them, with
   *     what the timeline ends by itself, as one {@link EntitlementsChanged}
   * @param chainShown whether the reporter may see the person's chain in its receipt: false when it
   *     was not entitled to the person before this fact (docs/ACCESS.md, "Probe-proof Submit")
   * @param audiences each event's audience by its place in the stream: the divisions whose feeds
   *     carry it (filled when the decision is noted, from the entitlements after it)
   */
  record Accepted(
      List<PersonEvent> events,
      List<EntitlementChange> entitling,
      boolean chainShown,
      Map<Long, Set<String>> audiences)
      implements Decision {

    public Accepted {
      events = List.copyOf(events);
      entitling = List.copyOf(entitling);
      audiences = Map.copyOf(audiences);
    }

    public static Accepted of(List<? extends PersonEvent> events) {
      return new Accepted(List.copyOf(events), List.of(), true, Map.of());
    }

    /** The event that records the fact itself (always the first of a fact's decision). */
    public FactRecorded fact() {
      return (FactRecorded) events.get(0);
    }

    /** The same decision with more events recorded after these (what they led to). */
    public Accepted with(List<? extends PersonEvent> more) {
      List<PersonEvent> all = new ArrayList<>(events);
      all.addAll(more);
      return new Accepted(all, entitling, chainShown, audiences);
    }

    public Accepted entitling(List<EntitlementChange> changes, boolean shown) {
      return new Accepted(events, changes, shown, audiences);
    }

    public Accepted routed(Map<Long, Set<String>> byPosition) {
      return new Accepted(events, entitling, chainShown, byPosition);
    }

    /** The divisions one of these events goes to (empty: none but auditors). */
    public Set<String> audienceOf(PersonEvent event) {
      return audiences.getOrDefault(event.personSequence(), Set.of());
    }
  }

  /**
   * Nothing is recorded.
   *
   * @param byStranger whether the reporter was not entitled to the person: such a refusal is kept
   *     in the access log, since it may be a probe
   */
  record Refused(Refusal refusal, boolean byStranger) implements Decision {
    public Refused(Refusal refusal) {
      this(refusal, false);
    }
  }
}
