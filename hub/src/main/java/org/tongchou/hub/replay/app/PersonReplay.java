package org.tongchou.hub.replay.app;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.Obligation;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationContext;
import org.tongchou.hub.obligation.domain.ObligationLedger;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonObligations;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.Reconciliation;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.domain.ScratchObligations;

/**
 * A replay under a named policy version, person by person (the log read in person order): each
 * person's events are folded into their state, then the plain-Java reconciliation derives every
 * duty afresh from their facts with the named version, judged as of the replay's day. What offices
 * decided is kept: a subject pinned on a region by an upheld dispute stays pinned, and a waived
 * duty stays waived (a waiver is an office's act, not the policy's outcome).
 */
final class PersonReplay {

  private final PolicyBook book;
  private final RegionDirectory regions;
  private final Instant at;
  private final ScratchObligations scratch;
  private final ReplayedPerson sink;

  private final Remembered remembered = new Remembered();

  private String personKey;
  private PersonState state;
  private ObligationLedger recorded;
  private Map<String, Long> factPositions;
  private Map<String, ObligationChange.Waived> waivedBySubject;
  private long lastPosition;
  private int events;

  PersonReplay(PolicyBook book, RegionDirectory regions, Instant at, ScratchObligations scratch) {
    this(book, regions, at, scratch, ReplayedPerson.NONE);
  }

  /**
   * @param sink told of each person once judged, with their state as their events leave it
   */
  PersonReplay(
      PolicyBook book,
      RegionDirectory regions,
      Instant at,
      ScratchObligations scratch,
      ReplayedPerson sink) {
    this.book = book;
    this.regions = regions;
    this.at = at;
    this.scratch = scratch;
    this.sink = sink;
  }

  void accept(LoggedEvent logged) {
    PersonEvent event = logged.event();
    if (!logged.personKey().equals(personKey)) {
      finish();
      personKey = logged.personKey();
      state = new PersonState();
      recorded = new ObligationLedger();
      factPositions = new HashMap<>();
      waivedBySubject = new HashMap<>();
      events = 0;
    }
    events++;
    lastPosition = logged.position();
    state.evolve(event);
    event.accept(remembered);
  }

  /** Judges the person read last, if any. */
  void finish() {
    if (personKey == null) {
      return;
    }
    ObligationContext context =
        new ObligationContext(book, regions, BusinessDates.dateOf(at), at, "replay");
    Reconciliation reconciliation =
        Reconciliation.of(
            new PersonObligations(personKey, state, recorded.pinsOnly()),
            context,
            state.timeline());
    for (ObligationsChanged changed : reconciliation.events()) {
      for (ObligationChange change : changed.changes()) {
        scratch.apply(personKey, change, lastPosition);
        if (change instanceof ObligationChange.Opened opened
            && scratch.holds(opened.obligationId())) {
          behind(opened.obligationId(), opened.openedBy());
          behind(opened.obligationId(), opened.evidence());
          ObligationChange.Waived waived = waivedBySubject.get(opened.subject());
          if (waived != null && !opened.status().isClosed()) {
            scratch.apply(
                personKey,
                new ObligationChange.Waived(
                    opened.obligationId(),
                    opened.responsible(),
                    opened.owed(),
                    waived.office(),
                    waived.reason()),
                lastPosition);
          }
        }
      }
    }
    sink.folded(personKey, state, events, lastPosition);
    personKey = null;
  }

  /**
   * What the replay keeps of each kind of event beyond the person's state (which folds them all):
   * where each fact lies, and the obligations recorded. A new kind fails to compile here until it
   * says whether the replay keeps something of it. Each event is at {@link #lastPosition}.
   */
  private final class Remembered implements PersonStreamVisitor<Void> {

    /** Where each fact lies, for the duties the reconciliation finds behind it. */
    @Override
    public Void factRecorded(FactRecorded fact) {
      factPositions.put(PersonState.recordKey(fact.region(), fact.recordId()), lastPosition);
      return null;
    }

    @Override
    public Void residenceConflictRecorded(ResidenceConflictRecorded event) {
      return null;
    }

    @Override
    public Void residenceConflictRuled(ResidenceConflictRuled event) {
      return null;
    }

    @Override
    public Void residenceConflictEnded(ResidenceConflictEnded event) {
      return null;
    }

    @Override
    public Void identityLinkRequested(IdentityLinkRequested event) {
      return null;
    }

    @Override
    public Void identityLinkApproved(IdentityLinkApproved event) {
      return null;
    }

    @Override
    public Void identityLinked(IdentityLinked event) {
      return null;
    }

    @Override
    public Void identityUnlinked(IdentityUnlinked event) {
      return null;
    }

    @Override
    public Void identityMismatchRecorded(IdentityMismatchRecorded event) {
      return null;
    }

    @Override
    public Void entitlementsChanged(EntitlementsChanged event) {
      return null;
    }

    @Override
    public Void registrationClaimed(RegistrationClaimed event) {
      return null;
    }

    @Override
    public Void registrationClaimDecided(RegistrationClaimDecided event) {
      return null;
    }

    @Override
    public Void arrivalContested(ArrivalContested event) {
      return null;
    }

    @Override
    public Void arrivalContestRuled(ArrivalContestRuled event) {
      return null;
    }

    @Override
    public Void erased(Erasure event) {
      return null;
    }

    /** What was recorded, for the pins and waivers an office decided. */
    @Override
    public Void obligationsChanged(ObligationsChanged changed) {
      recorded.evolve(changed);
      for (ObligationChange change : changed.changes()) {
        if (change instanceof ObligationChange.Waived waived) {
          recorded
              .find(waived.obligationId())
              .map(Obligation::subject)
              .ifPresent(subject -> waivedBySubject.put(subject, waived));
        }
      }
      return null;
    }

    @Override
    public Void reevaluationRecorded(ReevaluationRecorded event) {
      return null;
    }
  }

  private void behind(String obligationId, String recordKey) {
    Long position = recordKey == null ? null : factPositions.get(recordKey);
    if (position != null) {
      scratch.addBehind(obligationId, position);
    }
  }
}
