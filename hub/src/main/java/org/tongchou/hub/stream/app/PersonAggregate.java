package org.tongchou.hub.stream.app;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.ObligationLedger;
import org.tongchou.hub.person.app.ActOnAccess;
import org.tongchou.hub.person.app.ApproveIdentityLink;
import org.tongchou.hub.person.app.ConfirmIdentityLink;
import org.tongchou.hub.person.app.DisputeObligation;
import org.tongchou.hub.person.app.EndIdentityLink;
import org.tongchou.hub.person.app.ErasePerson;
import org.tongchou.hub.person.app.PersonCommand;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.RecordedDecisions;
import org.tongchou.hub.person.app.ReevaluateObligations;
import org.tongchou.hub.person.app.RequestIdentityLink;
import org.tongchou.hub.person.app.RuleOnConflict;
import org.tongchou.hub.person.app.RuleOnDispute;
import org.tongchou.hub.person.app.WaiveObligation;
import org.tongchou.hub.person.app.WakeUp;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.stream.domain.PersonDecider;
import org.tongchou.hub.stream.domain.PersonStream;

/**
 * A person's event-sourced stream, as an Axon aggregate: a shell around {@link PersonDecider}, the
 * one function that decides for a person. Each command handler hands its command to it; the
 * aggregate applies the events it decides (Axon folds each into the stream at once, so the
 * decider's next step sees it), schedules a durable deadline on each wake-up day it asks for, and
 * notes the decision for the feed in the same unit of work. A refusal is returned, never thrown,
 * and applies nothing. Axon routes commands by their class, hence one handler per command type.
 */
@Aggregate(repository = "personRepository", commandTargetResolver = "personCommandTargets")
class PersonAggregate {

  @AggregateIdentifier private String personKey;
  private final PersonStream stream = new PersonStream();

  PersonAggregate() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Decision handle(RecordPersonFact command, PersonDeciding context, DeadlineManager deadlines) {
    // Axon insists on an identifier even when a first fact is refused and nothing is applied.
    personKey = command.personKey();
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(RuleOnConflict command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(WaiveObligation command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(DisputeObligation command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(RuleOnDispute command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(RequestIdentityLink command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(ConfirmIdentityLink command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(ApproveIdentityLink command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(EndIdentityLink command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(ActOnAccess command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  /** The caller shreds the person's key in the same transaction. */
  @CommandHandler
  Decision handle(ErasePerson command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @CommandHandler
  Decision handle(
      ReevaluateObligations command, PersonDeciding context, DeadlineManager deadlines) {
    return decided(command, context, deadlines);
  }

  @DeadlineHandler(deadlineName = WakeUp.DEADLINE)
  void on(WakeUp wakeUp, PersonDeciding context, DeadlineManager deadlines) {
    decided(wakeUp, context, deadlines);
  }

  /** Decides, then schedules the wake-ups asked for and notes what is recorded for the feed. */
  private Decision decided(
      PersonCommand command, PersonDeciding context, DeadlineManager deadlines) {
    PersonDecider.Outcome outcome =
        PersonDecider.decide(command, stream, context.now(), AggregateLifecycle::apply);
    outcome
        .wakeUps()
        .forEach(
            day ->
                deadlines.schedule(BusinessDates.startOf(day), WakeUp.DEADLINE, new WakeUp(day)));
    outcome.recorded().ifPresent(RecordedDecisions::note);
    return outcome.decision();
  }

  /** For tests: what the person's events add up to. */
  PersonState state() {
    return stream.state();
  }

  ObligationLedger obligations() {
    return stream.obligations();
  }

  /** Every event of the stream folds into the person; obligation events into the ledger too. */
  @EventSourcingHandler
  void on(PersonEvent event) {
    personKey = event.personKey();
    stream.evolve(event);
  }
}
