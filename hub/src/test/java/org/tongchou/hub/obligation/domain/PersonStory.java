package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.person.domain.PersonDecisions;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceTimeline;
import org.tongchou.hub.testing.DomainFacts;

/**
 * One person's history told day by day, the way the aggregate lives it but without Axon: each fact
 * is decided and applied, then the obligations are reconciled on the day it is recorded; a wake-up
 * reconciles them on its day. Time is simulated: every step names its day.
 */
final class PersonStory {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();

  private final PersonState state = new PersonState();
  private final ObligationLedger ledger = new ObligationLedger();
  private final String idNumber;
  private final String registration;
  private PolicyBook book = ShippedPolicies.book();
  private List<ObligationsChanged> lastEvents = List.of();
  private SortedSet<LocalDate> lastWakeUps = new java.util.TreeSet<>();
  private Decision lastDecision;

  private PersonStory(String idNumber, String registration) {
    this.idNumber = idNumber;
    this.registration = registration;
  }

  /** DomainFacts' woman: born 1990-03-07, registered in Zhengzhou 中原区 (410102). */
  static PersonStory ofTheWoman() {
    return new PersonStory(DomainFacts.ID, "410102");
  }

  static PersonStory of(String idNumber, String registration) {
    return new PersonStory(idNumber, registration);
  }

  PolicyBook policies() {
    return book;
  }

  PersonStory under(PolicyBook policies) {
    this.book = policies;
    return this;
  }

  /** A fact of region {@code reportedBy}, recorded by the hub on {@code recordedOn}. */
  PersonStory fact(
      String recordId,
      String region,
      String occurredOn,
      FactData data,
      String reportedBy,
      String recordedOn) {
    IdNumber id = IdNumber.parse(idNumber).number();
    ReportedFact fact =
        new ReportedFact(
            recordId,
            region,
            LocalDate.parse(occurredOn),
            new PersonDetails(idNumber, "王芳", null, registration),
            data,
            List.of());
    Instant at = BusinessDates.startOf(LocalDate.parse(recordedOn)).plusSeconds(3600);
    lastDecision =
        PersonDecisions.decide(
            state,
            new RecordFact(
                DomainFacts.KEY, new ValidatedFact(fact, id, null), reportedBy, at, null));
    if (lastDecision instanceof Decision.Accepted accepted) {
      ResidenceTimeline before = state.timeline();
      accepted.events().forEach(this::apply);
      reconcile(at, region + "/" + recordId, before);
    } else {
      lastEvents = List.of();
      lastWakeUps = new java.util.TreeSet<>();
    }
    return this;
  }

  /** A wake-up on {@code day}, as the durable deadline delivers it. */
  PersonStory wakeUp(String day) {
    reconcile(
        BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(60),
        "deadline:" + day,
        state.timeline());
    return this;
  }

  /** The region {@code jurisdiction} disputes an obligation, on {@code day}. */
  PersonStory dispute(String obligationId, String jurisdiction, String day) {
    Instant at = BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(7200);
    lastDecision =
        Disputes.dispute(
            DomainFacts.KEY, state, ledger, obligationId, jurisdiction, REGIONS, "not ours", at);
    if (lastDecision instanceof Decision.Accepted accepted) {
      accepted.events().forEach(this::apply);
    }
    return this;
  }

  /** An office rules on a dispute, on {@code day}; {@code assignTo} null to dismiss it. */
  PersonStory ruleOnDispute(
      String obligationId, String assignTo, String office, String officeJurisdiction, String day) {
    Instant at = BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(7200);
    lastDecision =
        Disputes.rule(
            DomainFacts.KEY,
            state,
            ledger,
            obligationId,
            assignTo != null,
            assignTo,
            office,
            officeJurisdiction,
            REGIONS,
            "ruled",
            at);
    if (lastDecision instanceof Decision.Accepted accepted) {
      accepted.events().forEach(this::apply);
      reconcile(at, "office:" + office, state.timeline());
    }
    return this;
  }

  /** An office's ruling on a conflict, on {@code day}. */
  PersonStory rule(String conflictId, String residenceRegion, String office, String day) {
    Instant at = BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(7200);
    lastDecision =
        ConflictRulings.rule(
            DomainFacts.KEY, state, conflictId, residenceRegion, office, null, REGIONS, "test", at);
    if (lastDecision instanceof Decision.Accepted accepted) {
      ResidenceTimeline before = state.timeline();
      accepted.events().forEach(this::apply);
      reconcile(at, "office:" + office, before);
    }
    return this;
  }

  private void reconcile(Instant at, String cause, ResidenceTimeline before) {
    Settlement settlement =
        Settlement.of(
            DomainFacts.KEY,
            state,
            ledger,
            new ObligationContext(book, REGIONS, BusinessDates.dateOf(at), at, cause),
            before,
            this::apply);
    lastEvents =
        settlement.events().stream()
            .filter(ObligationsChanged.class::isInstance)
            .map(ObligationsChanged.class::cast)
            .toList();
    lastSettled = settlement.events();
    lastWakeUps = settlement.wakeUps();
  }

  /** Every event of the last step's settlement, conflicts included. */
  List<PersonEvent> lastSettled() {
    return lastSettled;
  }

  private List<PersonEvent> lastSettled = List.of();

  private void apply(PersonEvent event) {
    state.evolve(event);
    if (event instanceof ObligationsChanged obligations) {
      ledger.evolve(obligations);
    }
  }

  /** The current obligation of a kind; the person must have exactly one. */
  Obligation the(String kind) {
    List<Obligation> found = currentOf(kind);
    if (found.size() != 1) {
      throw new AssertionError("expected one current " + kind + ", found " + found);
    }
    return found.get(0);
  }

  List<Obligation> currentOf(String kind) {
    List<Obligation> found = new ArrayList<>();
    ledger.currents().stream().filter(o -> o.kind().equals(kind)).forEach(found::add);
    return found;
  }

  List<Obligation> all() {
    return List.copyOf(ledger.all());
  }

  /** The obligation events of the last step (one per cause: none, or one). */
  List<ObligationsChanged> lastEvents() {
    return lastEvents;
  }

  /** Every obligation change of the last step. */
  List<ObligationChange> lastChanges() {
    return lastEvents.stream().flatMap(e -> e.changes().stream()).toList();
  }

  /** The cause the last step's obligation changes name. */
  String lastCause() {
    return lastEvents.stream().map(ObligationsChanged::cause).findFirst().orElse(null);
  }

  SortedSet<LocalDate> lastWakeUps() {
    return lastWakeUps;
  }

  Decision lastDecision() {
    return lastDecision;
  }

  PersonState state() {
    return state;
  }
}
