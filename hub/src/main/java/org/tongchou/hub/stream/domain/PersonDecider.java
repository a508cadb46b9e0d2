package org.tongchou.hub.stream.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.tongchou.hub.erasure.domain.Erasures;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.ConflictRulings;
import org.tongchou.hub.obligation.domain.Disputes;
import org.tongchou.hub.obligation.domain.ObligationContext;
import org.tongchou.hub.obligation.domain.PersonObligations;
import org.tongchou.hub.obligation.domain.Reevaluations;
import org.tongchou.hub.obligation.domain.Settlement;
import org.tongchou.hub.obligation.domain.Waivers;
import org.tongchou.hub.person.app.ActOnAccess;
import org.tongchou.hub.person.app.ApproveIdentityLink;
import org.tongchou.hub.person.app.ConfirmIdentityLink;
import org.tongchou.hub.person.app.DisputeObligation;
import org.tongchou.hub.person.app.EndIdentityLink;
import org.tongchou.hub.person.app.ErasePerson;
import org.tongchou.hub.person.app.PersonCommand;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.ReevaluateObligations;
import org.tongchou.hub.person.app.RequestIdentityLink;
import org.tongchou.hub.person.app.RuleOnConflict;
import org.tongchou.hub.person.app.RuleOnDispute;
import org.tongchou.hub.person.app.WaiveObligation;
import org.tongchou.hub.person.app.WakeUp;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.EntitlementActs;
import org.tongchou.hub.person.domain.EntitlementSettlement;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.IdentityLinks;
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonDecisions;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * The one place that decides for a person: {@code decide(command, person, context)} checks the
 * erasure once, lets the command's own rule decide (a fact, a ruling, a waiver, a dispute, an
 * identity link, an act on access, an erasure, a re-evaluation, a wake-up), then settles in the
 * same decision what that changes: who may read the person ({@link EntitlementSettlement}), the
 * conflicts that end by themselves and the obligations ({@link Settlement}); last it computes each
 * event's audience. Each event is handed to {@code apply} as soon as it is decided, and the caller
 * folds it into {@code person} there (Axon's {@code AggregateLifecycle.apply} does), so that every
 * next step sees it. A refusal applies nothing.
 *
 * <p>The Axon aggregate, the domain tests' {@code PersonStory} and the fixtures that make an
 * aggregate test's given events all call this one function.
 */
public final class PersonDecider {

  private PersonDecider() {}

  /**
   * What a decision needs besides the command and the person.
   *
   * @param now when the hub decides: a wake-up judges on this instant's business date
   */
  public record Context(
      PolicyBook book, RegionDirectory regions, PersonAccess access, Sealing texts, Instant now) {}

  /**
   * What a command came to.
   *
   * @param decision the events (audiences filled) to record and to note for the feed, or a refusal
   * @param wakeUps the days after the decision's own day on which time alone changes something: the
   *     caller schedules a wake-up on each
   */
  public record Outcome(Decision decision, SortedSet<LocalDate> wakeUps) {

    public Outcome {
      wakeUps = new TreeSet<>(wakeUps);
    }

    static Outcome of(Decision decision) {
      return new Outcome(decision, new TreeSet<>());
    }

    /** The decision to note for the feed: an accepted one that records something. */
    public Optional<Decision.Accepted> recorded() {
      return decision instanceof Decision.Accepted accepted && !accepted.events().isEmpty()
          ? Optional.of(accepted)
          : Optional.empty();
    }
  }

  public static Outcome decide(
      PersonCommand command, PersonStream person, Context context, Consumer<PersonEvent> apply) {
    if (person.state().erasure().isPresent()) {
      String field = command.accept(ERASED_FIELD);
      if (field != null) {
        return Outcome.of(new Decision.Refused(Erasures.refusal(field, person.state())));
      }
    }
    return command.accept(new Deciding(person, context, apply));
  }

  /**
   * The field a command's refusal names once the person is erased; null where the command's own
   * rule answers (an erasure refuses a second one, a re-evaluation or a wake-up finds nothing).
   */
  private static final PersonCommand.Visitor<String> ERASED_FIELD =
      new PersonCommand.Visitor<>() {
        @Override
        public String visit(RecordPersonFact command) {
          return "person.idNumber";
        }

        @Override
        public String visit(RuleOnConflict command) {
          return "conflict_id";
        }

        @Override
        public String visit(WaiveObligation command) {
          return "obligation_id";
        }

        @Override
        public String visit(DisputeObligation command) {
          return "obligation_id";
        }

        @Override
        public String visit(RuleOnDispute command) {
          return "obligation_id";
        }

        @Override
        public String visit(RequestIdentityLink command) {
          return "id_number";
        }

        @Override
        public String visit(ConfirmIdentityLink command) {
          return "link_id";
        }

        @Override
        public String visit(ApproveIdentityLink command) {
          return "link_id";
        }

        @Override
        public String visit(EndIdentityLink command) {
          return "link_id";
        }

        @Override
        public String visit(ActOnAccess command) {
          return "person";
        }

        @Override
        public String visit(ErasePerson command) {
          return null;
        }

        @Override
        public String visit(ReevaluateObligations command) {
          return null;
        }

        @Override
        public String visit(WakeUp command) {
          return null;
        }
      };

  /** One decision on one person: each command's rule, then the settlement every change shares. */
  private static final class Deciding implements PersonCommand.Visitor<Outcome> {

    private final PersonStream person;
    private final PersonState state;
    private final Context context;
    private final Consumer<PersonEvent> apply;
    private final String key;

    Deciding(PersonStream person, Context context, Consumer<PersonEvent> apply) {
      this(person, context, apply, person.key());
    }

    private Deciding(
        PersonStream person, Context context, Consumer<PersonEvent> apply, String key) {
      this.person = person;
      this.state = person.state();
      this.context = context;
      this.apply = apply;
      this.key = key;
    }

    @Override
    public Outcome visit(RecordPersonFact command) {
      // A person's first fact names the stream.
      return new Deciding(person, context, apply, command.personKey()).fact(command.fact());
    }

    private Outcome fact(RecordFact command) {
      Decision decision =
          PersonDecisions.decide(state, sealed(command, context.texts()), context.access());
      if (!(decision instanceof Decision.Accepted accepted)) {
        return Outcome.of(decision);
      }
      Instant at = accepted.fact().recordedAt();
      ObligationContext obligations =
          new ObligationContext(
              context.book(),
              context.regions(),
              BusinessDates.dateOf(at),
              at,
              PersonState.recordKey(accepted.fact().region(), accepted.fact().recordId()));
      // A new conflict becomes final by itself unless someone contests it: that day is a wake-up
      // too.
      SortedSet<LocalDate> conflictsFinal = new TreeSet<>();
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
                          context.regions())));
      return settled(accepted, obligations, conflictsFinal);
    }

    @Override
    public Outcome visit(RuleOnConflict command) {
      return settledByOffice(
          ConflictRulings.rule(
              key,
              state,
              new ConflictRulings.Ruling(
                  command.conflictId(),
                  command.residenceRegion(),
                  command.office(),
                  command.jurisdiction(),
                  sealed(command.reason()),
                  command.recordedAt()),
              context.regions()),
          command.recordedAt(),
          command.office());
    }

    @Override
    public Outcome visit(WaiveObligation command) {
      return recorded(
          Waivers.decide(
              personObligations(),
              new Waivers.Waiver(
                  command.obligationId(),
                  command.office(),
                  sealed(command.reason()),
                  command.recordedAt())));
    }

    @Override
    public Outcome visit(DisputeObligation command) {
      return recorded(
          Disputes.dispute(
              personObligations(),
              new Disputes.Dispute(
                  command.obligationId(),
                  command.jurisdiction(),
                  sealed(command.reason()),
                  command.recordedAt()),
              context.regions()));
    }

    @Override
    public Outcome visit(RuleOnDispute command) {
      // An upheld dispute reassigns the duty in the same decision, naming the office.
      return settledByOffice(
          Disputes.rule(
              personObligations(),
              new Disputes.Ruling(
                  command.obligationId(),
                  command.upheld(),
                  command.assignTo(),
                  command.office(),
                  command.jurisdiction(),
                  sealed(command.reason()),
                  command.recordedAt()),
              context.regions()),
          command.recordedAt(),
          command.office());
    }

    @Override
    public Outcome visit(RequestIdentityLink command) {
      return recorded(
          IdentityLinks.request(
              key,
              state,
              new IdentityLinks.Request(
                  command.primaryKey(),
                  command.primaryIsAlias(),
                  command.requestedBy(),
                  sealed(command.reason()),
                  command.recordedAt())));
    }

    @Override
    public Outcome visit(ConfirmIdentityLink command) {
      return recorded(
          IdentityLinks.confirm(
              key,
              state,
              new IdentityLinks.Confirmation(
                  command.linkId(),
                  command.aliasKey(),
                  command.primaryKey(),
                  command.requestedBy(),
                  command.confirmedBy(),
                  command.recordedAt())));
    }

    @Override
    public Outcome visit(ApproveIdentityLink command) {
      return recorded(
          IdentityLinks.approve(key, state, command.linkId(), command.by(), command.recordedAt()));
    }

    @Override
    public Outcome visit(EndIdentityLink command) {
      return recorded(
          IdentityLinks.end(
              key,
              state,
              new IdentityLinks.Ending(
                  command.linkId(),
                  command.aliasKey(),
                  command.primaryKey(),
                  command.outcome(),
                  command.by(),
                  sealed(command.reason()),
                  command.recordedAt())));
    }

    @Override
    public Outcome visit(ActOnAccess command) {
      Decision decision =
          EntitlementActs.decide(
              state,
              context.access(),
              command.act(),
              command.actor(),
              sealed(command.reason()),
              command.recordedAt());
      return decision instanceof Decision.Accepted accepted
          ? Outcome.of(
              routed(
                  applied(accepted, "act:" + command.actor().officeCode(), command.recordedAt()),
                  command.recordedAt()))
          : Outcome.of(decision);
    }

    /**
     * Records the erasure in the person's chain. It concerns no region (it tells them nothing they
     * could use), so it has no audience: checkpoints, exports, an auditor's feed and Kafka carry
     * it, and the chain stays whole there. The caller shreds the key in the same transaction.
     */
    @Override
    public Outcome visit(ErasePerson command) {
      Decision decision =
          Erasures.erase(key, state, command.office(), command.reason(), command.recordedAt());
      if (decision instanceof Decision.Accepted accepted) {
        accepted.events().forEach(apply);
      }
      return Outcome.of(decision);
    }

    @Override
    public Outcome visit(ReevaluateObligations command) {
      Reevaluations.Plan plan =
          Reevaluations.plan(
              personObligations(),
              new Reevaluations.Request(
                  command.obligationIds(),
                  command.period(),
                  command.policyVersion(),
                  command.office(),
                  command.reason(),
                  command.recordedAt()),
              context.book());
      if (plan.decision() instanceof Decision.Accepted accepted && !accepted.events().isEmpty()) {
        return settled(
            accepted,
            new ObligationContext(
                context.book(),
                context.regions(),
                BusinessDates.dateOf(command.recordedAt()),
                command.recordedAt(),
                "office:" + command.office(),
                plan.subjects()),
            new TreeSet<>());
      }
      return Outcome.of(plan.decision());
    }

    /**
     * Judged on the day it runs, which is later than the day it was set for when the hub was down:
     * the cause names the day the hub judged on.
     */
    @Override
    public Outcome visit(WakeUp command) {
      Instant now = context.now();
      LocalDate today = BusinessDates.dateOf(now);
      Settlement settlement =
          settle(
              new ObligationContext(
                  context.book(), context.regions(), today, now, "deadline:" + today),
              state.timeline());
      Decision.Accepted accepted = Decision.Accepted.of(settlement.events());
      return new Outcome(
          settlement.events().isEmpty() ? accepted : routed(accepted, now), settlement.wakeUps());
    }

    /**
     * Applies an accepted decision, then settles what it changes (who may read the person,
     * conflicts, obligations), and routes every event.
     */
    private Outcome settled(
        Decision.Accepted accepted, ObligationContext obligations, SortedSet<LocalDate> more) {
      ResidenceTimeline before = state.timeline();
      Decision.Accepted applied = applied(accepted, obligations.cause(), obligations.recordedAt());
      Settlement settlement = settle(obligations, before);
      SortedSet<LocalDate> days = new TreeSet<>(settlement.wakeUps());
      more.stream().filter(day -> day.isAfter(obligations.today())).forEach(days::add);
      return new Outcome(routed(applied.with(settlement.events()), obligations.recordedAt()), days);
    }

    /** An office's act that may change obligations: judged on the day it is recorded. */
    private Outcome settledByOffice(Decision decision, Instant at, String office) {
      return decision instanceof Decision.Accepted accepted
          ? settled(
              accepted,
              new ObligationContext(
                  context.book(),
                  context.regions(),
                  BusinessDates.dateOf(at),
                  at,
                  "office:" + office),
              new TreeSet<>())
          : Outcome.of(decision);
    }

    /** An act that changes no obligation: applied and routed; a refusal applies nothing. */
    private Outcome recorded(Decision decision) {
      if (decision instanceof Decision.Accepted accepted && !accepted.events().isEmpty()) {
        Instant at = accepted.events().get(0).recordedAt();
        return Outcome.of(routed(applied(accepted, "act", at), at));
      }
      return Outcome.of(decision);
    }

    /** Applies the decision's events, then what they change of who may read the person. */
    private Decision.Accepted applied(Decision.Accepted accepted, String cause, Instant at) {
      accepted.events().forEach(apply);
      Optional<EntitlementsChanged> entitlements =
          EntitlementSettlement.of(key, state, accepted.entitling(), cause, at);
      entitlements.ifPresent(apply);
      return entitlements.map(e -> accepted.with(List.of(e))).orElse(accepted);
    }

    /** The conflicts that end by themselves, then the obligations, each event applied. */
    private Settlement settle(ObligationContext obligations, ResidenceTimeline before) {
      return Settlement.of(personObligations(), obligations, before, apply);
    }

    /** Each event with its audience after the whole decision. */
    private Decision.Accepted routed(Decision.Accepted all, Instant at) {
      Map<Long, java.util.Set<String>> audiences =
          context.access().audiences(all.events(), state, at);
      return all.routed(audiences);
    }

    /** The person with the obligations recorded, as the obligation rules take them. */
    private PersonObligations personObligations() {
      return new PersonObligations(key, state, person.obligations());
    }

    private String sealed(String text) {
      return context.texts().seal(key, text);
    }

    /**
     * The fact with its personal texts sealed with the person's key, before the event is made and
     * hashed, and the keyed digest of the name it gives.
     */
    private static RecordFact sealed(RecordFact command, Sealing texts) {
      ReportedFact fact = command.fact().fact();
      String name = fact.person() == null ? null : fact.person().name();
      RecordFact digested =
          command.withNameDigest(
              name == null || name.isBlank() ? null : texts.digestName(command.personKey(), name));
      FactData data = texts.seal(command.personKey(), fact.data());
      if (data == fact.data()) {
        return digested;
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
          command.childKey(),
          digested.nameDigest());
    }
  }
}
