package org.tongchou.hub.person.domain;

import java.util.List;

/** What {@link PersonDecisions} decided: the events to record, or why nothing is recorded. */
public sealed interface Decision permits Decision.Accepted, Decision.Refused {

    /**
     * The events to record, and the divisions they concern: every registration and residence
     * region the person has or had, and any region the events name (a destination, both sides
     * of a conflict). The feed routes the events to every jurisdiction that holds one of these.
     */
    record Accepted(List<PersonEvent> events, java.util.Set<String> concerns) implements Decision {
        public Accepted {
            events = List.copyOf(events);
            concerns = java.util.Set.copyOf(concerns);
        }

        /** The event that records the fact itself (always the first). */
        public FactRecorded fact() {
            return (FactRecorded) events.get(0);
        }
    }

    record Refused(Refusal refusal) implements Decision {
    }
}
