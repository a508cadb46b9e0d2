package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The obligations a person's facts must open at the hub, and how each must end, from the rules of
 * the national policy (national-2009.1) written out again here, independently of the hub's code:
 * certificate verification and issuance on a migrant woman's arrival, the answer to each
 * verification request, the registration and the acknowledgement of each birth. Every range ends
 * well in the past ({@link SimulationSpec#latestLastDay}), so nothing is still open.
 */
final class ObligationReferee {

  private static final int DAYS = 30;

  private final Divisions divisions;

  ObligationReferee(Divisions divisions) {
    this.divisions = divisions;
  }

  List<ExpectedObligation> of(RecordedPerson person) {
    List<ExpectedObligation> found = new ArrayList<>();
    String registration = person.person().registration();
    for (SimFact arrival : person.ofType("ArrivalRegistered")) {
      if (ofChildbearingAge(person.person(), arrival.occurredOn())
          && divisions.isMigrant(arrival.region(), registration)) {
        LocalDate due = arrival.occurredOn().plusDays(DAYS);
        found.add(
            ExpectedObligation.settled(
                "certificate-verification",
                "inflow",
                arrival.region(),
                registration,
                arrival,
                due,
                earliest(
                    person,
                    "CertificateVerified",
                    f ->
                        f.region().equals(arrival.region())
                            && !f.occurredOn().isBefore(arrival.occurredOn()))));
        // A certificate issued before she left counts, if it is still valid on the arrival day.
        found.add(
            ExpectedObligation.settled(
                "certificate-issuance",
                "outflow",
                registration,
                arrival.region(),
                arrival,
                due,
                earliest(
                    person,
                    "CertificateIssued",
                    f ->
                        f.region().equals(registration)
                            && !f.date("validUntil").isBefore(arrival.occurredOn()))));
      }
    }
    for (SimFact request : person.ofType("VerificationRequested")) {
      if (!"marital_status".equals(request.text("topic"))
          || Boolean.TRUE.equals(request.data().get("urgent"))) {
        throw new IllegalStateException(
            "the referee knows only non-urgent marital_status requests: " + request);
      }
      found.add(
          ExpectedObligation.settled(
              "verification-answer",
              "outflow",
              registration,
              request.region(),
              request,
              request.occurredOn().plusDays(DAYS),
              answer(person, registration, request)));
    }
    births(person, registration, found);
    return found;
  }

  private void births(RecordedPerson person, String registration, List<ExpectedObligation> into) {
    for (SimFact birth : person.distinctBirths()) {
      LocalDate bornOn = (LocalDate) birth.child().get("bornOn");
      // The county she lived in on the birth date registers it; living nowhere, her registration
      // county.
      Optional<Claim> residence = person.residenceOn(bornOn);
      String responsible = residence.map(Claim::county).orElse(registration);
      String side = residence.isPresent() ? "inflow" : "outflow";
      into.add(
          ExpectedObligation.settled(
              "birth-registration",
              side,
              responsible,
              registration,
              birth,
              bornOn.plusDays(DAYS),
              earliest(
                  person,
                  "BirthRegistered",
                  f ->
                      f.region().equals(responsible)
                          && RecordedPerson.childOf(f).equals(RecordedPerson.childOf(birth)))));
    }
    // Owed per notice, not per child: each birth another county reports is acknowledged.
    for (SimFact birth : person.ofType("BirthRegistered")) {
      if (!birth.region().equals(registration)) {
        into.add(
            ExpectedObligation.settled(
                "birth-acknowledgement",
                "outflow",
                registration,
                birth.region(),
                birth,
                birth.occurredOn().plusDays(DAYS),
                answer(person, registration, birth)));
      }
    }
  }

  /** The day of the registration county's first answer naming {@code asked}; null if none. */
  private static LocalDate answer(RecordedPerson person, String registration, SimFact asked) {
    return earliest(
        person,
        "VerificationAnswered",
        f ->
            f.region().equals(registration)
                && asked.recordId().equals(f.text("requestRecordId"))
                && asked.region().equals(f.text("requestRegion")));
  }

  private static LocalDate earliest(
      RecordedPerson person, String type, Predicate<SimFact> qualifies) {
    return person.ofType(type).stream()
        .filter(qualifies)
        .map(SimFact::occurredOn)
        .min(LocalDate::compareTo)
        .orElse(null);
  }

  /** Women aged 15 to 49 in completed years on the day. */
  private static boolean ofChildbearingAge(SimPerson person, LocalDate on) {
    int age = Period.between(person.bornOn(), on).getYears();
    return person.isWoman() && age >= 15 && age <= 49;
  }
}
