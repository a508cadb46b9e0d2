package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * Brings a person's obligations in line with their facts and the day: compares what the facts call
 * for ({@link ExpectedDuties}) with the ledger and records every difference as an event naming its
 * cause. Run after each fact and on each wake-up; running it twice changes nothing.
 *
 * @param events the obligation event holding every change (none when nothing changed), sealed into
 *     the person's hash chain
 * @param wakeUps the days, after today, on which time alone will change something that no wake-up
 *     was asked for yet (a duty's due-soon or overdue day, a residence's next threshold)
 */
public record Reconciliation(List<ObligationsChanged> events, SortedSet<LocalDate> wakeUps) {

  public static Reconciliation of(
      PersonObligations whom, ObligationContext context, ResidenceTimeline timelineBefore) {
    List<Expected> expected = ExpectedDuties.of(whom.person(), whom.ledger(), context);
    Changes chain = new Changes();
    Set<String> expectedSubjects = new HashSet<>();
    for (Expected e : expected) {
      expectedSubjects.add(e.subject());
      Optional<Obligation> current = whom.ledger().current(e.subject());
      if (current.isEmpty()) {
        chain.open(e, 1);
      } else if (current.get().status() == ObligationStatus.WITHDRAWN) {
        chain.open(e, current.get().number() + 1);
      } else if (current.get().status().isFinal()) {
        continue;
      } else if (!current.get().hasTermsOf(e)) {
        chain.reassign(current.get(), e);
        chain.open(e, current.get().number() + 1);
      } else if (current.get().status() != e.status()
          || !Objects.equals(current.get().evidence(), e.evidence())
          || !Objects.equals(current.get().settledOn(), e.settledOn())) {
        chain.change(current.get(), e.status(), e.evidence(), e.settledOn());
      }
    }
    for (Obligation current : whom.ledger().currents()) {
      if (!expectedSubjects.contains(current.subject()) && !current.status().isClosed()) {
        chain.change(current, ObligationStatus.WITHDRAWN, null, null);
      }
    }
    List<ObligationsChanged> events =
        chain.changes.isEmpty()
            ? List.of()
            : List.of(
                EventHashes.seal(
                    new ObligationsChanged(
                        whom.personKey(),
                        whom.person().sequence() + 1,
                        chain.changes,
                        context.cause(),
                        context.recordedAt(),
                        whom.person().lastHash(),
                        null)));
    return new Reconciliation(
        events,
        wakeUps(whom.person(), whom.ledger(), context, timelineBefore, expected, expectedSubjects));
  }

  /** Days that matter after this reconciliation and did not before: each is asked for once. */
  private static SortedSet<LocalDate> wakeUps(
      PersonState person,
      ObligationLedger ledger,
      ObligationContext context,
      ResidenceTimeline timelineBefore,
      List<Expected> expected,
      Set<String> expectedSubjects) {
    PeriodDuties periods = new PeriodDuties(person, ledger, context, null);
    Set<LocalDate> before = new HashSet<>();
    for (Obligation o : ledger.currents()) {
      if (o.status().isPending()) {
        int dueSoonDays =
            context.book().byVersion(o.policyVersion()).map(p -> p.dueSoonDays()).orElse(0);
        Expected.wakeUps(o.status(), o.dueOn(), dueSoonDays, before);
      }
    }
    periods.nextThresholds(timelineBefore, subject -> ledger.live(subject).isPresent(), before);
    Set<LocalDate> after = new HashSet<>();
    for (Expected e : expected) {
      boolean waived = ledger.current(e.subject()).filter(o -> o.status().isFinal()).isPresent();
      if (!waived) {
        e.wakeUps(after);
      }
    }
    periods.nextThresholds(person.timeline(), expectedSubjects::contains, after);
    SortedSet<LocalDate> wanted = new TreeSet<>();
    for (LocalDate day : after) {
      if (day.isAfter(context.today()) && !before.contains(day)) {
        wanted.add(day);
      }
    }
    return wanted;
  }

  /** The changes, in the order found. */
  private static final class Changes {
    private final List<ObligationChange> changes = new ArrayList<>();

    void open(Expected e, int number) {
      changes.add(
          new ObligationChange.Opened(
              Obligation.idOf(e.subject(), number),
              e.kind(),
              e.subject(),
              e.side(),
              e.responsible(),
              e.owed(),
              e.opensOn(),
              e.dueOn(),
              e.policyVersion(),
              e.openedBy(),
              e.period(),
              e.status(),
              e.evidence(),
              e.settledOn()));
    }

    void reassign(Obligation current, Expected e) {
      changes.add(
          new ObligationChange.Reassigned(
              current.id(),
              current.responsible(),
              current.owed(),
              Obligation.idOf(e.subject(), current.number() + 1),
              e.responsible(),
              e.owed()));
    }

    void change(Obligation current, ObligationStatus status, String evidence, LocalDate settledOn) {
      changes.add(
          new ObligationChange.StatusChanged(
              current.id(), current.responsible(), current.owed(), status, evidence, settledOn));
    }
  }
}
