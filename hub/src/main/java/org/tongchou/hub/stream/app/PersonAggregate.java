package org.tongchou.hub.stream.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.tongchou.hub.erasure.app.ErasePerson;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.erasure.domain.Erasures;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.ConflictRulings;
import org.tongchou.hub.obligation.domain.Disputes;
import org.tongchou.hub.obligation.domain.ObligationContext;
import org.tongchou.hub.obligation.domain.ObligationLedger;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.Reevaluations;
import org.tongchou.hub.obligation.domain.Settlement;
import org.tongchou.hub.obligation.domain.Waivers;
import org.tongchou.hub.person.app.ConfirmIdentityLink;
import org.tongchou.hub.person.app.DisputeObligation;
import org.tongchou.hub.person.app.EndIdentityLink;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.RecordedDecisions;
import org.tongchou.hub.person.app.ReevaluateObligations;
import org.tongchou.hub.person.app.RequestIdentityLink;
import org.tongchou.hub.person.app.RuleOnConflict;
import org.tongchou.hub.person.app.RuleOnDispute;
import org.tongchou.hub.person.app.WaiveObligation;
import org.tongchou.hub.person.app.WakeUp;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinks;
import org.tongchou.hub.person.domain.PersonDecisions;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.policy.app.PolicyCatalog;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * A person's event-sourced stream, as an Axon aggregate: a thin shell around the plain-Java
 * decisions. A fact is decided by {@link PersonDecisions}; once applied, the person's obligations
 * are reconciled with it ({@link Reconciliation}), in the same unit of work, and the days on which
 * time alone will change them are scheduled as durable deadlines. A refusal is returned, never
 * thrown, and applies nothing.
 */
@Aggregate(repository = "personRepository", commandTargetResolver = "personCommandTargets")
class PersonAggregate {

  @AggregateIdentifier private String personKey;
  private PersonState state = new PersonState();
  private final ObligationLedger obligations = new ObligationLedger();

  PersonAggregate() {
    // for Axon
  }

  @CommandHandler
  @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
  Decision handle(
      RecordPersonFact command,
      PolicyCatalog policies,
      RegionDirectory regions,
      DeadlineManager deadlines,
      PersonalTexts texts) {
    // Axon insists on an identifier even when a first fact is refused and nothing is applied.
    personKey = command.personKey();
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("person.idNumber", state));
    }
    Decision decision = PersonDecisions.decide(state, sealed(command.fact(), texts));
    if (decision instanceof Decision.Accepted accepted) {
      FactRecorded fact = accepted.fact();
      ObligationContext context =
          new ObligationContext(
              policies.book(),
              regions,
              BusinessDates.dateOf(fact.recordedAt()),
              fact.recordedAt(),
              PersonState.recordKey(fact.region(), fact.recordId()));
      // A new conflict becomes final by itself unless someone contests it: that day is a wake-up
      // too.
      Set<LocalDate> conflictsFinal = new TreeSet<>();
      accepted.events().stream()
          .filter(ResidenceConflictRecorded.class::isInstance)
          .map(ResidenceConflictRecorded.class::cast)
          .forEach(
              e ->
                  conflictsFinal.add(
                      ConflictRulings.finalOn(
                          BusinessDates.dateOf(e.recordedAt()),
                          e.conflict().existing().region(),
                          context.book(),
                          regions)));
      return settled(accepted, context, deadlines, conflictsFinal);
    }
    return decision;
  }

  @CommandHandler
  Decision handle(
      RuleOnConflict command,
      PolicyCatalog policies,
      RegionDirectory regions,
      DeadlineManager deadlines,
      PersonalTexts texts) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("conflict_id", state));
    }
    Decision decision =
        ConflictRulings.rule(
            personKey,
            state,
            command.conflictId(),
            command.residenceRegion(),
            command.office(),
            command.jurisdiction(),
            regions,
            texts.seal(personKey, command.reason()),
            command.recordedAt());
    return decision instanceof Decision.Accepted accepted
        ? settled(
            accepted,
            byOffice(policies, regions, command.recordedAt(), command.office()),
            deadlines,
            Set.of())
        : decision;
  }

  @CommandHandler
  Decision handle(WaiveObligation command, PersonalTexts texts) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("obligation_id", state));
    }
    return recorded(
        Waivers.decide(
            personKey,
            state,
            obligations,
            command.obligationId(),
            command.office(),
            texts.seal(personKey, command.reason()),
            command.recordedAt()));
  }

  @CommandHandler
  Decision handle(DisputeObligation command, RegionDirectory regions, PersonalTexts texts) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("obligation_id", state));
    }
    return recorded(
        Disputes.dispute(
            personKey,
            state,
            obligations,
            command.obligationId(),
            command.jurisdiction(),
            regions,
            texts.seal(personKey, command.reason()),
            command.recordedAt()));
  }

  @CommandHandler
  Decision handle(
      RuleOnDispute command,
      PolicyCatalog policies,
      RegionDirectory regions,
      DeadlineManager deadlines,
      PersonalTexts texts) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("obligation_id", state));
    }
    Decision decision =
        Disputes.rule(
            personKey,
            state,
            obligations,
            command.obligationId(),
            command.upheld(),
            command.assignTo(),
            command.office(),
            command.jurisdiction(),
            regions,
            texts.seal(personKey, command.reason()),
            command.recordedAt());
    // An upheld dispute reassigns the duty in the same transaction, naming the office.
    return decision instanceof Decision.Accepted accepted
        ? settled(
            accepted,
            byOffice(policies, regions, command.recordedAt(), command.office()),
            deadlines,
            Set.of())
        : decision;
  }

  @CommandHandler
  Decision handle(RequestIdentityLink command, PersonalTexts texts) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("id_number", state));
    }
    return recorded(
        IdentityLinks.request(
            personKey,
            state,
            command.primaryKey(),
            command.primaryIsAlias(),
            command.requestedBy(),
            texts.seal(personKey, command.reason()),
            command.recordedAt()));
  }

  @CommandHandler
  Decision handle(ConfirmIdentityLink command) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("link_id", state));
    }
    return recorded(
        IdentityLinks.confirm(
            personKey,
            state,
            command.linkId(),
            command.aliasKey(),
            command.primaryKey(),
            command.requestedBy(),
            command.confirmedBy(),
            command.recordedAt()));
  }

  @CommandHandler
  Decision handle(EndIdentityLink command, PersonalTexts texts) {
    if (state.erasure().isPresent()) {
      return new Decision.Refused(Erasures.refusal("link_id", state));
    }
    return recorded(
        IdentityLinks.end(
            personKey,
            state,
            command.linkId(),
            command.aliasKey(),
            command.primaryKey(),
            command.outcome(),
            command.by(),
            texts.seal(personKey, command.reason()),
            command.recordedAt()));
  }

  /**
   * Records the erasure in the person's chain. It concerns no region (it tells them nothing they
   * could use), so it takes a log position without routes: checkpoints, exports, an auditor's feed
   * and Kafka carry it, and the chain stays whole there. The caller shreds the key in the same
   * transaction.
   */
  @CommandHandler
  Decision handle(ErasePerson command) {
    Decision decision =
        Erasures.erase(personKey, state, command.office(), command.reason(), command.recordedAt());
    if (decision instanceof Decision.Accepted accepted) {
      accepted.events().forEach(AggregateLifecycle::apply);
      RecordedDecisions.note(accepted);
    }
    return decision;
  }

  /**
   * The fact with its personal texts sealed with the person's key, before the event is made and
   * hashed.
   */
  private static RecordFact sealed(RecordFact command, PersonalTexts texts) {
    ReportedFact fact = command.fact().fact();
    FactData data = texts.seal(command.personKey(), fact.data());
    if (data == fact.data()) {
      return command;
    }
    ReportedFact sealedFact =
        new ReportedFact(
            fact.recordId(),
            fact.region(),
            fact.occurredOn(),
            fact.person(),
            data,
            fact.readProblems());
    return new RecordFact(
        command.personKey(),
        new ValidatedFact(sealedFact, command.fact().idNumber(), command.fact().childIdNumber()),
        command.reportedBy(),
        command.recordedAt(),
        command.childKey());
  }

  @CommandHandler
  Decision handle(
      ReevaluateObligations command,
      PolicyCatalog policies,
      RegionDirectory regions,
      DeadlineManager deadlines) {
    Reevaluations.Plan plan =
        Reevaluations.plan(
            personKey,
            state,
            obligations,
            command.obligationIds(),
            command.period(),
            command.policyVersion(),
            policies.book(),
            command.office(),
            command.reason(),
            command.recordedAt());
    if (plan.decision() instanceof Decision.Accepted accepted && !accepted.events().isEmpty()) {
      return settled(
          accepted,
          new ObligationContext(
              policies.book(),
              regions,
              BusinessDates.dateOf(command.recordedAt()),
              command.recordedAt(),
              "office:" + command.office(),
              plan.subjects()),
          deadlines,
          Set.of());
    }
    return plan.decision();
  }

  /**
   * Applies an accepted decision, then settles what it changes (conflicts, then obligations) in the
   * same unit of work, and notes it all for the feed.
   */
  private Decision.Accepted settled(
      Decision.Accepted accepted,
      ObligationContext context,
      DeadlineManager deadlines,
      Set<LocalDate> moreWakeUps) {
    ResidenceTimeline before = state.timeline();
    accepted.events().forEach(AggregateLifecycle::apply);
    Decision.Accepted all = accepted.with(settle(context, before, deadlines, moreWakeUps));
    RecordedDecisions.note(all);
    return all;
  }

  /** The context of an office's act: judged on the day it is recorded, caused by the office. */
  private static ObligationContext byOffice(
      PolicyCatalog policies, RegionDirectory regions, Instant at, String office) {
    return new ObligationContext(
        policies.book(), regions, BusinessDates.dateOf(at), at, "office:" + office);
  }

  /** Applies an accepted decision and notes it for the feed; a refusal applies nothing. */
  private Decision recorded(Decision decision) {
    if (decision instanceof Decision.Accepted accepted) {
      accepted.events().forEach(AggregateLifecycle::apply);
      RecordedDecisions.note(accepted);
    }
    return decision;
  }

  @DeadlineHandler(deadlineName = WakeUp.DEADLINE)
  void on(
      WakeUp wakeUp,
      PolicyCatalog policies,
      RegionDirectory regions,
      DeadlineManager deadlines,
      Clock clock) {
    // Judged on the day it runs, which is later than the day it was set for when the hub was down:
    // the cause names the day the hub judged on.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    LocalDate today = BusinessDates.dateOf(now);
    List<PersonEvent> events =
        settle(
            new ObligationContext(policies.book(), regions, today, now, "deadline:" + today),
            state.timeline(),
            deadlines,
            Set.of());
    if (!events.isEmpty()) {
      RecordedDecisions.note(new Decision.Accepted(events, Set.of()));
    }
  }

  /** The settlement of a change (conflicts, then obligations), and its wake-ups scheduled. */
  private List<PersonEvent> settle(
      ObligationContext context,
      ResidenceTimeline before,
      DeadlineManager deadlines,
      Set<LocalDate> moreWakeUps) {
    Settlement settlement =
        Settlement.of(personKey, state, obligations, context, before, AggregateLifecycle::apply);
    Set<LocalDate> days = new TreeSet<>(settlement.wakeUps());
    moreWakeUps.stream().filter(day -> day.isAfter(context.today())).forEach(days::add);
    days.forEach(
        day -> deadlines.schedule(BusinessDates.startOf(day), WakeUp.DEADLINE, new WakeUp(day)));
    return settlement.events();
  }

  /** For tests: what the person's events add up to. */
  PersonState state() {
    return state;
  }

  ObligationLedger obligations() {
    return obligations;
  }

  /** Every event of the stream folds into the person; obligation events into the ledger too. */
  @EventSourcingHandler
  void on(PersonEvent event) {
    personKey = event.personKey();
    state.evolve(event);
    if (event instanceof ObligationsChanged changed) {
      obligations.evolve(changed);
    }
  }
}
