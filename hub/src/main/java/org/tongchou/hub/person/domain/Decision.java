package org.tongchou.hub.person.domain;

import java.util.List;

/** What {@link PersonDecisions} decided: the events to record, or why nothing is recorded. */
public sealed interface Decision permits Decision.Accepted, Decision.Refused {

    record Accepted(List<PersonEvent> events) implements Decision {
        public Accepted {
            events = List.copyOf(events);
        }

        /** The event that records the fact itself (always the first). */
        public FactRecorded fact() {
            return (FactRecorded) events.get(0);
        }
    }

    record Refused(Refusal refusal) implements Decision {
    }
}
