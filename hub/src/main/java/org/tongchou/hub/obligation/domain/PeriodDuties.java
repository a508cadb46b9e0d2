package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.ObligationRule;
import org.tongchou.hub.policy.domain.Party;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.residence.domain.ResidenceClaim;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * Coverage duties: a residence that lasts {@code minimumDays} within a period (counting only the
 * days it is the person's residence: while two claims overlap, the provisional one's) opens the
 * duty on the day the threshold is reached; it falls due on the period's last day.
 */
final class PeriodDuties {

  /** How far ahead to look for the next period a running residence will qualify in. */
  private static final int PERIODS_AHEAD = 3;

  private final PersonState person;
  private final ObligationLedger ledger;
  private final ObligationContext context;
  private final EvidenceSearch evidence;

  PeriodDuties(
      PersonState person,
      ObligationLedger ledger,
      ObligationContext context,
      EvidenceSearch evidence) {
    this.person = person;
    this.ledger = ledger;
    this.context = context;
    this.evidence = evidence;
  }

  void openedByResidences(List<Expected> into) {
    ResidenceTimeline timeline = person.timeline();
    for (ResidenceClaim claim : timeline.claims()) {
      LocalDate last = lastDay(claim);
      if (last.isBefore(claim.from())) {
        continue;
      }
      for (ObligationRule base : periodRules(claim)) {
        CoveragePeriod length = base.opensOn().residencePeriod();
        for (LocalDate start = length.start(claim.from());
            !start.isAfter(last);
            start = length.next(start)) {
          expect(base.kind(), claim, length, start, last, timeline).ifPresent(into::add);
        }
      }
    }
  }

  /**
   * The days a running residence will next qualify for a duty it does not have yet (according to
   * {@code hasDuty}): the day time alone opens it.
   */
  void nextThresholds(ResidenceTimeline timeline, Predicate<String> hasDuty, Set<LocalDate> into) {
    for (ResidenceClaim claim : timeline.claims()) {
      if (!claim.isOpen()
          || !context.regions().isMigrant(claim.region(), person.registrationOn(claim.from()))) {
        continue;
      }
      for (ObligationRule base : periodRules(claim)) {
        CoveragePeriod length = base.opensOn().residencePeriod();
        LocalDate start =
            length.start(claim.from().isAfter(context.today()) ? claim.from() : context.today());
        for (int i = 0; i < PERIODS_AHEAD; i++, start = length.next(start)) {
          if (hasDuty.test(subject(base.kind(), claim, length, start))) {
            continue;
          }
          LocalDate from = later(start, claim.from());
          Optional<LocalDate> threshold =
              threshold(timeline, claim, from, length.end(start), base.opensOn().minimumDays());
          if (threshold.isPresent()) {
            into.add(threshold.get());
            break;
          }
        }
      }
    }
  }

  private List<ObligationRule> periodRules(ResidenceClaim claim) {
    return context.book().inForce(claim.from(), null).periodRules();
  }

  private Optional<Expected> expect(
      String kind,
      ResidenceClaim claim,
      CoveragePeriod length,
      LocalDate start,
      LocalDate last,
      ResidenceTimeline timeline) {
    String subject = subject(kind, claim, length, start);
    LocalDate from = later(start, claim.from());
    String registration = person.registrationOn(from);
    if (!context.regions().isMigrant(claim.region(), registration)) {
      return Optional.empty();
    }
    EffectivePolicy policy =
        ledger
            .live(subject)
            .flatMap(o -> context.versionFor(subject, o.policyVersion()))
            .orElseGet(
                () -> context.book().inForce(start, context.regions().provinceOf(claim.region())));
    Optional<ObligationRule> found = policy.rule(kind);
    if (found.isEmpty()
        || !found.get().isEnabled()
        || found.get().opensOn().residencePeriod() != length) {
      return Optional.empty();
    }
    ObligationRule rule = found.get();
    LocalDate end = length.end(start);
    Optional<LocalDate> opened =
        threshold(
            timeline, claim, from, end.isBefore(last) ? end : last, rule.opensOn().minimumDays());
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    String responsible =
        ledger.pinnedResponsible(subject).orElse(party(rule.responsible(), claim, registration));
    String owed = party(rule.owed(), claim, registration);
    LocalDate until =
        claim.until() == null || claim.until().isAfter(end) ? end : claim.until().minusDays(1);
    EvidenceSearch.Scope scope =
        switch (rule.metBy().windowOrAny()) {
          case PERIOD -> new EvidenceSearch.Scope(null, responsible, from, until);
          case RESIDENCE_TO_PERIOD_END ->
              new EvidenceSearch.Scope(null, responsible, claim.from(), end);
          case FROM_OPENING -> new EvidenceSearch.Scope(null, responsible, opened.get(), null);
          case ANY -> new EvidenceSearch.Scope(null, responsible, null, null);
        };
    Side side = context.regions().sameLine(responsible, registration) ? Side.OUTFLOW : Side.INFLOW;
    return Optional.of(
        Statuses.expected(
            new Statuses.Terms(
                subject,
                kind,
                side,
                responsible,
                owed,
                opened.get(),
                end,
                claim.arrivalKey(),
                length.label(start)),
            policy,
            evidence.find(rule.metBy(), scope),
            context.today()));
  }

  private static String party(Party party, ResidenceClaim claim, String registration) {
    return party == Party.REGISTRATION ? registration : claim.region();
  }

  private static String subject(
      String kind, ResidenceClaim claim, CoveragePeriod length, LocalDate start) {
    return kind + "/" + claim.arrivalKey() + "/" + length.label(start);
  }

  /**
   * The day the residence's {@code minimum}-th day as the person's residence falls, within [from,
   * to].
   */
  private static Optional<LocalDate> threshold(
      ResidenceTimeline timeline, ResidenceClaim claim, LocalDate from, LocalDate to, int minimum) {
    if (!timeline.contested(claim, from, to)) {
      // Every day the claim covers is the person's residence: no need to count them one by one.
      LocalDate last =
          claim.until() == null || claim.until().isAfter(to) ? to : claim.until().minusDays(1);
      LocalDate day = from.plusDays(minimum - 1L);
      return day.isAfter(last) ? Optional.empty() : Optional.of(day);
    }
    int days = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!claim.covers(day)) {
        break;
      }
      if (timeline.residenceOn(day).filter(claim::equals).isPresent() && ++days == minimum) {
        return Optional.of(day);
      }
    }
    return Optional.empty();
  }

  /** The last day that counts: the residence's last day, and never after today. */
  private LocalDate lastDay(ResidenceClaim claim) {
    LocalDate today = context.today();
    return claim.until() == null || claim.until().isAfter(today)
        ? today
        : claim.until().minusDays(1);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
