package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.person.domain.fact.ResidenceEnded;
import org.tongchou.hub.residence.domain.ResidenceClaim;
import org.tongchou.hub.residence.domain.ResidenceConflict;
import org.tongchou.hub.residence.domain.ResidenceEntry;

/**
 * The rules that need the person's history: {@code decide(state, command) -> events}. Plain Java;
 * the Axon aggregate only calls it and applies what it returns.
 */
public final class PersonDecisions {

  private PersonDecisions() {}

  public static Decision decide(PersonState state, RecordFact command) {
    ReportedFact fact = command.fact().fact();
    Optional<Refusal> refusal =
        linkedRefusal(state, command)
            .or(() -> firstSightingRefusal(state, fact))
            .or(() -> historyRefusal(state, command));
    if (refusal.isPresent()) {
      return new Decision.Refused(refusal.get());
    }
    List<PersonEvent> events = new ArrayList<>();
    // Sex and birth date go on the stream once, so that duties that depend on them (a woman of
    // childbearing age) can be judged later without the ID number.
    boolean traits = state.sex() == null && command.fact().idNumber() != null;
    FactRecorded recorded =
        EventHashes.seal(
            new FactRecorded(
                command.personKey(),
                state.sequence() + 1,
                fact.recordId(),
                fact.region(),
                command.reportedBy(),
                fact.occurredOn(),
                blankToNull(fact.person().registrationRegion()),
                recordable(fact.data(), command),
                command.recordedAt(),
                state.lastHash(),
                null,
                traits ? command.fact().idNumber().sex().name() : null,
                traits ? command.fact().idNumber().birthDate() : null));
    events.add(recorded);
    if (fact.data() instanceof ArrivalRegistered) {
      ResidenceEntry arrival =
          ResidenceEntry.arrival(
              fact.recordId(), fact.region(), command.reportedBy(), fact.occurredOn());
      String previous = recorded.hash();
      long sequence = recorded.personSequence();
      for (ResidenceConflict conflict : state.timeline().conflictsWith(arrival)) {
        ResidenceConflictRecorded event =
            EventHashes.seal(
                new ResidenceConflictRecorded(
                    command.personKey(),
                    ++sequence,
                    conflict,
                    command.recordedAt(),
                    previous,
                    null));
        events.add(event);
        previous = event.hash();
      }
    }
    return new Decision.Accepted(events, FeedRouting.concerns(state, fact, events));
  }

  /**
   * A person linked into another takes no more facts: they go to the other's stream. A fact still
   * arriving here raced the link's confirmation; it is refused, and sent again it joins the other.
   */
  private static Optional<Refusal> linkedRefusal(PersonState state, RecordFact command) {
    return state
        .linkedInto(command.personKey())
        .map(
            primary ->
                Refusal.precondition(
                    "PERSON_LINKED",
                    "person.idNumber",
                    "this ID number was just linked into another person's record; send the fact again"));
  }

  private static Optional<Refusal> firstSightingRefusal(PersonState state, ReportedFact fact) {
    if (state.isKnown()) {
      return Optional.empty();
    }
    List<FieldViolation> missing = new ArrayList<>();
    PersonDetails person = fact.person();
    if (person.name() == null || person.name().isBlank()) {
      missing.add(
          new FieldViolation("person.name", "required the first time the hub sees the person"));
    }
    if (person.registrationRegion() == null || person.registrationRegion().isBlank()) {
      missing.add(
          new FieldViolation(
              "person.registrationRegion", "required the first time the hub sees the person"));
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid(missing));
  }

  private static Optional<Refusal> historyRefusal(PersonState state, RecordFact command) {
    ReportedFact fact = command.fact().fact();
    if (fact.data() instanceof ResidenceEnded) {
      return endingRefusal(state, fact);
    }
    if (fact.data() instanceof RecordCorrected correction) {
      // A region corrects its own records: the original carries the same division as the
      // correction.
      Optional<KnownFact> target = state.record(fact.region(), correction.corrects());
      if (target.isEmpty()) {
        return Optional.of(
            Refusal.precondition(
                "UNKNOWN_CORRECTED_RECORD",
                "data.corrects",
                "division "
                    + fact.region()
                    + " recorded no record '"
                    + correction.corrects()
                    + "' about this person"));
      }
      if (target.get().data() instanceof RecordCorrected) {
        return Optional.of(
            Refusal.precondition(
                "CORRECTS_A_CORRECTION",
                "data.corrects",
                "'"
                    + correction.corrects()
                    + "' is itself a correction; correct the original record"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> endingRefusal(PersonState state, ReportedFact fact) {
    Optional<ResidenceClaim> endable = state.timeline().endableIn(fact.region());
    if (endable.isEmpty()) {
      return Optional.of(
          Refusal.precondition(
              "NO_OPEN_RESIDENCE",
              "region",
              "the person has no open residence in " + fact.region() + " to end"));
    }
    if (fact.occurredOn().isBefore(endable.get().from())) {
      return Optional.of(
          Refusal.precondition(
              "ENDS_BEFORE_ARRIVAL",
              "occurredOn",
              fact.occurredOn() + " is before the arrival on " + endable.get().from()));
    }
    return Optional.empty();
  }

  /** The data as it may be stored: no raw ID numbers or names inside an event. */
  private static FactData recordable(FactData data, RecordFact command) {
    if (data instanceof BirthRegistered birth) {
      return new BirthRegistered(birth.child().pseudonymized(command.childKey()));
    }
    if (data instanceof RecordCorrected correction) {
      return new RecordCorrected(
          correction.corrects(),
          correction.reason(),
          new ReportedFact(
              null,
              correction.fact().region(),
              correction.fact().occurredOn(),
              null,
              recordable(correction.fact().data(), command),
              List.of()));
    }
    return data;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
