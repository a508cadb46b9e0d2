package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.person.app.DisputeObligation;
import org.tongchou.hub.person.app.PersonCommand;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.RuleOnConflict;
import org.tongchou.hub.person.app.RuleOnDispute;
import org.tongchou.hub.person.app.WakeUp;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.person.domain.PersonAccess;
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
import org.tongchou.hub.stream.domain.PersonDecider;
import org.tongchou.hub.stream.domain.PersonStream;
import org.tongchou.hub.stream.domain.Sealing;
import org.tongchou.hub.testing.DomainFacts;

/**
 * One person's history told day by day, without Axon but decided by the same function as the
 * aggregate ({@link PersonDecider}): each fact or office's act is decided, applied and settled on
 * the day it is recorded; a wake-up settles on its day. Time is simulated: every step names its
 * day.
 */
final class PersonStory {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  private static final PersonAccess ACCESS = new PersonAccess(REGIONS);

  private final PersonStream person = new PersonStream();
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
    return decide(
        new RecordPersonFact(
            DomainFacts.KEY,
            new RecordFact(
                DomainFacts.KEY, new ValidatedFact(fact, id, null), reportedBy, at, null)),
        at);
  }

  /** A wake-up on {@code day}, as the durable deadline delivers it. */
  PersonStory wakeUp(String day) {
    return decide(
        new WakeUp(LocalDate.parse(day)),
        BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(60));
  }

  /** The region {@code jurisdiction} disputes an obligation, on {@code day}. */
  PersonStory dispute(String obligationId, String jurisdiction, String day) {
    Instant at = BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(7200);
    return decide(
        new DisputeObligation(DomainFacts.KEY, obligationId, jurisdiction, "not ours", at), at);
  }

  /** An office rules on a dispute, on {@code day}; {@code assignTo} null to dismiss it. */
  PersonStory ruleOnDispute(
      String obligationId, String assignTo, String office, String officeJurisdiction, String day) {
    Instant at = BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(7200);
    return decide(
        new RuleOnDispute(
            DomainFacts.KEY,
            obligationId,
            assignTo != null,
            assignTo,
            office,
            officeJurisdiction,
            "ruled",
            at),
        at);
  }

  /** An office's ruling on a conflict, on {@code day}. */
  PersonStory rule(String conflictId, String residenceRegion, String office, String day) {
    Instant at = BusinessDates.startOf(LocalDate.parse(day)).plusSeconds(7200);
    return decide(
        new RuleOnConflict(DomainFacts.KEY, conflictId, residenceRegion, office, null, "test", at),
        at);
  }

  /** The step decided by the hub's one person decider, as the aggregate has it decided. */
  private PersonStory decide(PersonCommand command, Instant now) {
    PersonDecider.Outcome outcome =
        PersonDecider.decide(
            command,
            person,
            new PersonDecider.Context(book, REGIONS, ACCESS, PLAIN_TEXTS, now),
            this::apply);
    lastDecision = outcome.decision();
    lastSettled =
        outcome.decision() instanceof Decision.Accepted accepted ? accepted.events() : List.of();
    lastEvents =
        lastSettled.stream()
            .filter(ObligationsChanged.class::isInstance)
            .map(ObligationsChanged.class::cast)
            .toList();
    lastWakeUps = outcome.wakeUps();
    return this;
  }

  /** Texts left as they are: the story reads them back. */
  private static final Sealing PLAIN_TEXTS =
      new Sealing() {
        @Override
        public String seal(String personKey, String text) {
          return text;
        }

        @Override
        public FactData seal(String personKey, FactData data) {
          return data;
        }

        @Override
        public String digestName(String personKey, String name) {
          return "digest:" + name;
        }
      };

  /** Every event the last step recorded, what it settled included. */
  List<PersonEvent> lastSettled() {
    return lastSettled;
  }

  private List<PersonEvent> lastSettled = List.of();

  /** Every event of the story, in the order recorded. */
  List<PersonEvent> stream() {
    return List.copyOf(stream);
  }

  private final List<PersonEvent> stream = new ArrayList<>();

  private void apply(PersonEvent event) {
    stream.add(event);
    person.evolve(event);
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
    person.obligations().currents().stream().filter(o -> o.kind().equals(kind)).forEach(found::add);
    return found;
  }

  List<Obligation> all() {
    return List.copyOf(person.obligations().all());
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
    return person.state();
  }
}
