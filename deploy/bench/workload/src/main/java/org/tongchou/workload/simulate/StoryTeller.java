package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.List;

/**
 * Tells one person's story as facts: who they are, where they move, what the residence county
 * reports (arrival, contract, a service on the 10th of every month), the woman's duties ({@link
 * WomanStory}), and whether they return home or a second province also claims them.
 */
final class StoryTeller {

  private final SimulationSpec spec;
  private final Divisions divisions;
  private final Draws draws;
  private final PersonDraw persons;
  private final RecordIds ids;
  private final RivalClaim rivals;

  StoryTeller(SimulationSpec spec, Divisions divisions) {
    this.spec = spec;
    this.divisions = divisions;
    this.draws = new Draws(spec.seed());
    this.persons = new PersonDraw(draws);
    this.ids = new RecordIds(spec.seed());
    this.rivals = new RivalClaim(spec, divisions, draws);
  }

  /** The next person's facts, in the order they were made. */
  List<SimFact> tell() {
    String origin = spec.flows().drawOrigin(draws.random());
    String destination = spec.flows().drawDestination(origin, draws.random());
    String registration = draws.pick(divisions.countiesOf(origin));
    String residence = draws.pick(divisions.countiesOutsideCityOf(destination, registration));
    boolean woman = draws.chance(0.5);
    LocalDate arrival = draws.dayIn(spec.firstDay(), spec.lastDay());
    Stay stay =
        new Stay(persons.draw(registration, woman, arrival), destination, residence, arrival);
    PersonFacts facts = new PersonFacts(stay.person(), spec.lastDay(), ids);

    facts.add("ArrivalRegistered", residence, arrival, "from", registration);
    facts.add(
        "AgreementSigned", residence, arrival.plusDays(5), "kind", "contract", "party", "landlord");
    if (woman) {
      new WomanStory(stay, facts, draws, spec.rates(), spec.lastDay()).tell();
    }
    double fate = draws.fraction();
    LocalDate end = null;
    if (fate < spec.rates().conflict()) {
      rivals.claim(stay, facts);
    } else if (fate < spec.rates().conflict() + spec.rates().returns()) {
      end = returnDay(stay, facts);
    }
    services(stay, facts, end);
    if (end != null) {
      facts.add("ResidenceEnded", residence, end, "reason", "returned_home");
    }
    return facts.facts();
  }

  /**
   * After every other fact of the residence county, within the range; null when there is no day
   * left. A stay of 30 days or more within one quarter without a 10th in it (the 11th of a 31-day
   * month to the 9th of the next) would owe a service no 10th delivers: such a stay lasts a day
   * longer.
   */
  private LocalDate returnDay(Stay stay, PersonFacts facts) {
    LocalDate after = facts.latestBy(stay.residence()).plusDays(1);
    if (after.isAfter(spec.lastDay())) {
      return null;
    }
    LocalDate end = draws.dayIn(after, spec.lastDay());
    while (unservedQuarter(stay.arrival(), end)) {
      end = end.plusDays(1);
    }
    return end.isAfter(spec.lastDay()) ? null : end;
  }

  /** Is there a quarter in which a stay [arrival, end) lasts 30 days or more without a 10th? */
  static boolean unservedQuarter(LocalDate arrival, LocalDate end) {
    return Quarters.slices(arrival, end).stream()
        .anyMatch(
            quarter ->
                quarter.days() >= 30 && !Quarters.holdsATenth(quarter.first(), quarter.last()));
  }

  /**
   * health_education on the 10th of every month from the arrival until the end (exclusive) or the
   * range's end.
   */
  private static void services(Stay stay, PersonFacts facts, LocalDate end) {
    LocalDate day =
        stay.arrival().getDayOfMonth() <= 10
            ? stay.arrival().withDayOfMonth(10)
            : stay.arrival().plusMonths(1).withDayOfMonth(10);
    for (; end == null || day.isBefore(end); day = day.plusMonths(1)) {
      if (facts
          .add("ServiceDelivered", stay.residence(), day, "service", "health_education")
          .isEmpty()) {
        return; // past the range's last day
      }
    }
  }
}
