package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongchou.hub.person.domain.KnownFact;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.Evidence;
import org.tongchou.hub.policy.domain.ObligationRule;
import org.tongchou.hub.policy.domain.Party;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.residence.domain.ResidenceClaim;

/**
 * Every obligation the person's facts call for today, under the policies: the duties opened by
 * facts (an arrival, a verification request, a birth) and those opened by residences lasting long
 * enough in a period. A pure function of the facts, the ledger (for the policy version an existing
 * obligation keeps) and the day.
 */
final class ExpectedDuties {

  private final PersonState person;
  private final ObligationLedger ledger;
  private final ObligationContext context;
  private final List<KnownFact> facts = new ArrayList<>();
  private final EvidenceSearch evidence;

  private ExpectedDuties(PersonState person, ObligationLedger ledger, ObligationContext context) {
    this.person = person;
    this.ledger = ledger;
    this.context = context;
    Map<String, List<KnownFact>> byType = new LinkedHashMap<>();
    for (KnownFact fact : person.facts()) {
      if (!fact.isCorrection()) {
        facts.add(fact);
        byType.computeIfAbsent(fact.data().typeName(), t -> new ArrayList<>()).add(fact);
      }
    }
    this.evidence = new EvidenceSearch(byType, context.regions());
  }

  static List<Expected> of(PersonState person, ObligationLedger ledger, ObligationContext context) {
    ExpectedDuties duties = new ExpectedDuties(person, ledger, context);
    List<Expected> expected = new ArrayList<>();
    duties.openedByFacts(expected);
    new PeriodDuties(person, ledger, context, duties.evidence).openedByResidences(expected);
    return expected;
  }

  private void openedByFacts(List<Expected> into) {
    Set<String> childrenSeen = new HashSet<>();
    for (KnownFact fact : facts) {
      EffectivePolicy national = context.book().inForce(fact.occurredOn(), null);
      for (ObligationRule base : national.rulesOpenedBy(fact.data().typeName())) {
        String subject = subject(base, fact, childrenSeen);
        if (subject != null) {
          expect(base, fact, subject).ifPresent(into::add);
        }
      }
    }
  }

  /** Per record, except that a birth is one duty per child however many regions report it. */
  private String subject(ObligationRule rule, KnownFact fact, Set<String> childrenSeen) {
    if (Boolean.TRUE.equals(rule.metBy().sameChild())
        && fact.data() instanceof BirthRegistered birth
        && birth.child() != null) {
      String child = birth.child().bornOn() + "#" + birth.child().birthOrder();
      return childrenSeen.add(rule.kind() + child) ? rule.kind() + "/" + fact.key() : null;
    }
    return rule.kind() + "/" + fact.key();
  }

  private Optional<Expected> expect(ObligationRule base, KnownFact fact, String subject) {
    Optional<Obligation> current = ledger.live(subject);
    EffectivePolicy policy =
        current
            .flatMap(o -> context.versionFor(subject, o.policyVersion()))
            .orElseGet(() -> policyFor(base, fact));
    Optional<Expected> expected = expectUnder(policy, base.kind(), fact, subject);
    if (expected.isPresent()
        && current.isPresent()
        && !current.get().hasTermsOf(expected.get())
        && !context.reevaluateUnder().containsKey(subject)) {
      // New terms are a new obligation, under the policy in force for its new responsible region.
      EffectivePolicy fresh =
          context
              .book()
              .inForce(
                  fact.occurredOn(), context.regions().provinceOf(expected.get().responsible()));
      if (!fresh.version().equals(policy.version())) {
        return expectUnder(fresh, base.kind(), fact, subject);
      }
    }
    return expected;
  }

  /** The policy of the responsible region's province, found with the national rule's parties. */
  private EffectivePolicy policyFor(ObligationRule base, KnownFact fact) {
    String responsible = party(base.responsible(), fact).region();
    return context
        .book()
        .inForce(
            fact.occurredOn(),
            responsible == null ? null : context.regions().provinceOf(responsible));
  }

  private Optional<Expected> expectUnder(
      EffectivePolicy policy, String kind, KnownFact fact, String subject) {
    Optional<ObligationRule> found = policy.rule(kind);
    if (found.isEmpty() || !found.get().isEnabled() || !opens(policy, found.get(), fact)) {
      return Optional.empty();
    }
    ObligationRule rule = found.get();
    Resolved responsible = pinnedOr(subject, party(rule.responsible(), fact), fact.occurredOn());
    Resolved owed = party(rule.owed(), fact);
    if (responsible.region() == null || owed.region() == null) {
      return Optional.empty();
    }
    DueTerms.Due terms = DueTerms.of(rule, fact.occurredOn(), fact.data());
    LocalDate due = terms.deadline().dueAfter(terms.start(), policy.calendar());
    LocalDate from =
        rule.metBy().windowOrAny() == Evidence.Window.FROM_OPENING ? fact.occurredOn() : null;
    Optional<EvidenceSearch.Found> met =
        evidence.find(
            rule.metBy(), new EvidenceSearch.Scope(fact, responsible.region(), from, null));
    return Optional.of(
        Statuses.expected(
            new Statuses.Terms(
                subject,
                rule.kind(),
                responsible.side(),
                responsible.region(),
                owed.region(),
                fact.occurredOn(),
                due,
                fact.key(),
                null),
            policy,
            met,
            context.today()));
  }

  private boolean opens(EffectivePolicy policy, ObligationRule rule, KnownFact fact) {
    if (!rule.opensOn().fact().equals(fact.data().typeName())) {
      return false;
    }
    String registration = person.registrationOn(fact.occurredOn());
    if (fact.data() instanceof ArrivalRegistered
        && !context.regions().isMigrant(fact.region(), registration)) {
      return false; // a move within the city of registration opens no inter-regional duty
    }
    if (rule.opensOn().eligibility() != null) {
      boolean eligible =
          policy
              .eligibility(rule.opensOn().eligibility())
              .map(e -> e.admits(person.sex(), person.bornOn(), fact.occurredOn()))
              .orElse(false);
      if (!eligible) {
        return false;
      }
    }
    Party outside = rule.opensOn().reporterOutside();
    return outside == null
        || !context.regions().sameLine(fact.region(), party(outside, fact).region());
  }

  /**
   * The region an office made responsible by upholding a dispute, when it did; scored as the
   * registration side when it lies in the registration region's line, else as the residence side.
   */
  private Resolved pinnedOr(String subject, Resolved resolved, LocalDate on) {
    return ledger
        .pinnedResponsible(subject)
        .map(
            region ->
                new Resolved(
                    region,
                    context.regions().sameLine(region, person.registrationOn(on))
                        ? Side.OUTFLOW
                        : Side.INFLOW))
        .orElse(resolved);
  }

  /** A party's region, and the role it is scored in when it is the responsible one. */
  record Resolved(String region, Side side) {}

  private Resolved party(Party party, KnownFact fact) {
    String registration = person.registrationOn(fact.occurredOn());
    return switch (party) {
      case RESIDENCE -> new Resolved(fact.region(), Side.INFLOW);
      case REGISTRATION -> new Resolved(registration, Side.OUTFLOW);
      case REPORTER ->
          new Resolved(
              fact.region(),
              context.regions().sameLine(fact.region(), registration) ? Side.OUTFLOW : Side.INFLOW);
      case RESIDENCE_ON_BIRTH_DATE -> {
        LocalDate born =
            fact.data() instanceof BirthRegistered b ? b.child().bornOn() : fact.occurredOn();
        Optional<ResidenceClaim> lived = person.timeline().residenceOn(born);
        yield lived
            .map(c -> new Resolved(c.region(), Side.INFLOW))
            .orElseGet(() -> new Resolved(person.registrationOn(born), Side.OUTFLOW));
      }
    };
  }
}
