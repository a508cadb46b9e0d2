package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Reader;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.residence.domain.ResidenceConflict;
import org.tongchou.hub.residence.domain.ResidenceEntry;

/**
 * The rules that need the person's history: {@code decide(state, command) -> events}. Plain Java;
 * the Axon aggregate only calls it and applies what it returns.
 */
public final class PersonDecisions {

  private PersonDecisions() {}

  public static Decision decide(PersonState state, RecordFact command, PersonAccess access) {
    ReportedFact fact = command.fact().fact();
    View before = access.viewOf(Reader.of(command.reportedBy(), command.recordedAt()), state);
    // Entitled before this fact: the reporter may leave the name out, and sees the chain in its
    // receipt. A stranger gets the same answers whether or not the person exists.
    boolean entitled = before.seesIdentity();
    Optional<Refusal> refusal =
        linkedRefusal(state, command)
            .or(() -> entitled || before.reported() ? Optional.empty() : introduction(fact))
            .or(() -> HistoryPreconditions.of(state, command.fact().fact()));
    if (refusal.isPresent()) {
      return new Decision.Refused(refusal.get(), !entitled);
    }
    Registration registration = Registration.of(state, command, access);
    // Sex and birth date go on the stream once, so that duties that depend on them (a woman of
    // childbearing age) can be judged later without the ID number.
    boolean traits = state.sex() == null && command.fact().idNumber() != null;
    Chain chain = new Chain(state);
    FactRecorded recorded =
        chain.add(
            (sequence, previous) ->
                new FactRecorded(
                    command.personKey(),
                    sequence,
                    fact.recordId(),
                    fact.region(),
                    command.reportedBy(),
                    fact.occurredOn(),
                    registration.accepted(),
                    StorableData.of(fact.data(), command),
                    command.recordedAt(),
                    previous,
                    null,
                    traits ? command.fact().idNumber().sex().name() : null,
                    traits ? command.fact().idNumber().birthDate() : null,
                    establishedName(state, command, access)));
    List<EntitlementChange> entitling = new ArrayList<>(PersonAccess.legacyGrants(state));
    entitling.addAll(registration.entitling());
    if (fact.data() instanceof ArrivalRegistered) {
      ResidenceEntry arrival =
          ResidenceEntry.arrival(
              fact.recordId(), fact.region(), command.reportedBy(), fact.occurredOn());
      for (ResidenceConflict conflict : state.timeline().conflictsWith(arrival)) {
        chain.add(
            (sequence, previous) ->
                new ResidenceConflictRecorded(
                    command.personKey(), sequence, conflict, command.recordedAt(), previous, null));
      }
      String arrivalKey = recorded.region() + "/" + recorded.recordId();
      if (corroborates(state, command, entitled)) {
        entitling.add(
            EntitlementChange.granted(
                fact.region(), Relationship.RESIDENCE, arrivalKey, fact.occurredOn()));
      } else {
        chain.add(
            (sequence, previous) ->
                new IdentityMismatchRecorded(
                    command.personKey(),
                    sequence,
                    arrivalKey,
                    fact.region(),
                    command.recordedAt(),
                    previous,
                    null));
      }
    }
    registration
        .claim()
        .ifPresent(
            claimed ->
                chain.add(
                    (sequence, previous) ->
                        new RegistrationClaimed(
                            command.personKey(),
                            sequence,
                            PersonState.recordKey(fact.region(), fact.recordId()),
                            claimed,
                            fact.region(),
                            fact.occurredOn(),
                            command.recordedAt(),
                            previous,
                            null)));
    return Decision.Accepted.of(chain.events()).entitling(entitling, entitled);
  }

  /**
   * An arrival grants the destination its residence when the name matches the one the hub holds,
   * when it is the person's first record, or when the destination is entitled already (the owner
   * moving its own person, a residence moving on); otherwise it grants nothing.
   */
  private static boolean corroborates(PersonState state, RecordFact command, boolean entitled) {
    return !state.isKnown()
        || entitled
        || command.nameDigest() != null && command.nameDigest().equals(state.nameDigest());
  }

  /**
   * The name's digest when this fact establishes the name the hub holds: the person's first record,
   * or the owner giving a name of its own (docs/ACCESS.md, "The owner").
   */
  private static String establishedName(
      PersonState state, RecordFact command, PersonAccess access) {
    if (!state.isKnown()) {
      return command.nameDigest();
    }
    boolean byOwner = access.isOwner(state, command.reportedBy());
    return byOwner
            && command.nameDigest() != null
            && !command.nameDigest().equals(state.nameDigest())
        ? command.nameDigest()
        : null;
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

  /**
   * A region's first fact about a person names them, whether or not the hub knows the person,
   * unless the region is entitled to them: the answer then says nothing about who is recorded.
   */
  private static Optional<Refusal> introduction(ReportedFact fact) {
    List<FieldViolation> missing = new ArrayList<>();
    PersonDetails person = fact.person();
    if (person.name() == null || person.name().isBlank()) {
      missing.add(new FieldViolation("person.name", REQUIRED));
    }
    if (person.registrationRegion() == null || person.registrationRegion().isBlank()) {
      missing.add(new FieldViolation("person.registrationRegion", REQUIRED));
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid(missing));
  }

  static final String REQUIRED =
      "required in a region's first fact about a person, unless the region is entitled to them";

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
