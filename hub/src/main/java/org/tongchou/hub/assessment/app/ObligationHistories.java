package org.tongchou.hub.assessment.app;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.entitlement.domain.Reader;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.obligation.app.ObligationViews;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.app.PersonHistory;
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
import org.tongchou.hub.person.domain.PersonAccess;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;

/**
 * An obligation and what lies behind it, read from the person's stream itself (not from a read
 * model): its events with their places in the log, and the facts they name.
 */
@Service
public class ObligationHistories {

  /**
   * The obligation's row, its events, and the facts behind them, each with its place in the log.
   */
  public record History(
      ObligationRow row, List<PersonHistory.Located> events, List<PersonHistory.Located> facts) {}

  private final ObligationViews views;
  private final PersonHistory persons;
  private final PersonAccess access;

  ObligationHistories(ObligationViews views, PersonHistory persons, PersonAccess access) {
    this.views = views;
    this.persons = persons;
    this.access = access;
  }

  /**
   * The facts behind the obligation as {@code reader} may see them: a party sees the evidence of a
   * duty that binds it, but a certificate's private parts only if it may see the whole
   * (docs/ACCESS.md).
   */
  public List<PersonHistory.Located> factsFor(History history, Reader reader) {
    PersonState state = new PersonState();
    persons.eventsOf(history.row().personKey()).forEach(l -> state.evolve(l.event()));
    View view = access.viewOf(reader, state);
    return history.facts().stream()
        .map(
            l ->
                new PersonHistory.Located(
                    l.event().disclosedTo(view), l.eventId(), l.position(), l.logPosition()))
        .toList();
  }

  /**
   * The obligation's history, if it exists and {@code mayRead} its row. The row is judged before
   * the person's whole stream is read, so a caller who may not see it costs one row's read.
   */
  public Optional<History> of(String obligationId, Predicate<ObligationRow> mayRead) {
    return views
        .find(obligationId)
        .filter(mayRead)
        .map(
            row -> {
              Behind behind = new Behind(obligationId);
              for (PersonHistory.Located located : persons.eventsOf(row.personKey())) {
                behind.at = located;
                located.event().accept(behind);
              }
              Set<String> keys = new HashSet<>(behind.keys);
              keys.add(row.openedBy());
              keys.add(row.evidence());
              List<PersonHistory.Located> facts =
                  behind.facts.stream()
                      .filter(f -> keys.contains(f.recordKey()))
                      .map(Behind.Fact::located)
                      .toList();
              return new History(row, List.copyOf(behind.events), facts);
            });
  }

  /**
   * What each kind of event adds to an obligation's history: the events that change it, the record
   * keys they name, and every fact (kept once the keys are known). A new kind fails to compile here
   * until it says whether it belongs to the history.
   */
  private static final class Behind implements PersonStreamVisitor<Void> {

    /** A fact, with its record key. */
    private record Fact(PersonHistory.Located located, String recordKey) {}

    private final String obligationId;
    private final List<PersonHistory.Located> events = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final List<Fact> facts = new ArrayList<>();
    private PersonHistory.Located at;

    Behind(String obligationId) {
      this.obligationId = obligationId;
    }

    /** Every fact, kept if an event of the obligation or its row names it. */
    @Override
    public Void factRecorded(FactRecorded fact) {
      facts.add(new Fact(at, PersonState.recordKey(fact.region(), fact.recordId())));
      return null;
    }

    /** The other kinds are no part of an obligation's history. */
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

    /** An event that changes the obligation, with the records it names: its cause and evidence. */
    @Override
    public Void obligationsChanged(ObligationsChanged changed) {
      List<ObligationChange> changes = changed.of(obligationId);
      if (!changes.isEmpty()) {
        events.add(at);
        keys.add(changed.cause());
        changes.forEach(change -> keys.add(change.accept(EVIDENCE)));
      }
      return null;
    }

    @Override
    public Void reevaluationRecorded(ReevaluationRecorded event) {
      return null;
    }
  }

  private static final ObligationChange.Visitor<String> EVIDENCE = new Evidence();

  /**
   * The record each kind of change names as the obligation's evidence (null: none). A new kind
   * fails to compile here until it says whether its history shows a record.
   */
  private static final class Evidence implements ObligationChange.Visitor<String> {

    @Override
    public String opened(ObligationChange.Opened change) {
      return change.evidence();
    }

    @Override
    public String statusChanged(ObligationChange.StatusChanged change) {
      return change.evidence();
    }

    @Override
    public String reassigned(ObligationChange.Reassigned change) {
      return null;
    }

    @Override
    public String waived(ObligationChange.Waived change) {
      return null;
    }

    @Override
    public String disputed(ObligationChange.Disputed change) {
      return null;
    }

    @Override
    public String disputeRuled(ObligationChange.DisputeRuled change) {
      return null;
    }
  }
}
