package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One person's facts in the order the hub records them, and where the person lived by the rule the
 * hub states (DOMAIN.md, "Residence timeline"): when two claims share days, the claim recorded
 * first holds them; a later claim counts only for days no earlier claim covers.
 */
final class RecordedPerson {

  private final SimPerson person;
  private final List<SimFact> facts;
  private final List<Claim> claims = new ArrayList<>();

  /** {@code recordedOrder} is the order the files are pushed in, then each file's line order. */
  RecordedPerson(List<SimFact> facts, Comparator<SimFact> recordedOrder) {
    this.facts = facts.stream().sorted(recordedOrder).toList();
    this.person = this.facts.get(0).person();
    for (SimFact fact : this.facts) {
      if (fact.is("ArrivalRegistered")) {
        claims.add(new Claim(fact, null));
      } else if (fact.is("ResidenceEnded")) {
        for (int i = claims.size() - 1; i >= 0; i--) {
          if (claims.get(i).county().equals(fact.region()) && claims.get(i).until() == null) {
            claims.set(i, claims.get(i).endedOn(fact.occurredOn()));
            break;
          }
        }
      }
    }
  }

  SimPerson person() {
    return person;
  }

  List<Claim> claims() {
    return List.copyOf(claims);
  }

  /** The facts of one type, in recorded order. */
  List<SimFact> ofType(String type) {
    return facts.stream().filter(f -> f.is(type)).toList();
  }

  /**
   * The first recorded report of each child, in recorded order: both the residence county and the
   * registration county may report one birth, and the child is owed once.
   */
  List<SimFact> distinctBirths() {
    Set<String> children = new HashSet<>();
    return ofType("BirthRegistered").stream()
        .filter(birth -> children.add(childOf(birth)))
        .toList();
  }

  /** A child is its birth date and order, however many counties report it. */
  static String childOf(SimFact birth) {
    return birth.child().get("bornOn") + "#" + birth.child().get("birthOrder");
  }

  /** Where the person lived on {@code day}: the first recorded claim covering it. */
  Optional<Claim> residenceOn(LocalDate day) {
    return claims.stream().filter(c -> c.covers(day)).findFirst();
  }

  /**
   * Does the claim begin a stay (its first day is not held by an earlier claim)? Only then is it an
   * arrival in the flows.
   */
  boolean starts(Claim claim) {
    return residenceOn(claim.from()).filter(claim::equals).isPresent();
  }

  /** The days in [first, last] on which {@code claim} is the person's residence. */
  int daysHeld(Claim claim, LocalDate first, LocalDate last) {
    int days = 0;
    for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
      if (residenceOn(day).filter(claim::equals).isPresent()) {
        days++;
      }
    }
    return days;
  }
}
