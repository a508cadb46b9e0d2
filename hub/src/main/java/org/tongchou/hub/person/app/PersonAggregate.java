package org.tongchou.hub.person.app;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.spring.stereotype.Aggregate;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonDecisions;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;

/**
 * A person's event-sourced stream, as an Axon aggregate: a thin shell that hands each command to
 * {@link PersonDecisions} and applies what it decides. A refusal is returned, never thrown, and
 * applies nothing.
 */
@Aggregate(repository = "personRepository")
class PersonAggregate {

    @AggregateIdentifier
    private String personKey;
    private PersonState state = new PersonState();

    PersonAggregate() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Decision handle(RecordPersonFact command) {
        // Axon insists on an identifier even when a first fact is refused and nothing is applied.
        personKey = command.personKey();
        Decision decision = PersonDecisions.decide(state, command.fact());
        if (decision instanceof Decision.Accepted accepted) {
            accepted.events().forEach(AggregateLifecycle::apply);
        }
        return decision;
    }

    /** For tests: what the person's events add up to. */
    PersonState state() {
        return state;
    }

    @EventSourcingHandler
    void on(FactRecorded event) {
        personKey = event.personKey();
        state.evolve(event);
    }

    @EventSourcingHandler
    void on(ResidenceConflictRecorded event) {
        state.evolve(event);
    }
}
