package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The provincial platform's figures as the generated facts make them, by province: migrants living
 * there on the last day, arrivals by origin and destination, children born to migrant mothers by
 * sex, and coverage duties due within the range.
 */
final class StatisticsReferee {

  private final Divisions divisions;
  private final LocalDate firstDay;
  private final LocalDate lastDay;

  final SortedMap<String, Long> stock = new TreeMap<>();
  final SortedMap<String, SortedMap<String, Long>> flows = new TreeMap<>();
  final SortedMap<String, long[]> births = new TreeMap<>();
  final SortedMap<String, SortedMap<String, long[]>> coverage = new TreeMap<>();

  StatisticsReferee(Divisions divisions, LocalDate firstDay, LocalDate lastDay) {
    this.divisions = divisions;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  void add(RecordedPerson person) {
    String registration = person.person().registration();
    person
        .residenceOn(lastDay)
        .filter(c -> divisions.isMigrant(c.county(), registration))
        .ifPresent(c -> stock.merge(province(c), 1L, Long::sum));
    List<SimFact> services = person.ofType("ServiceDelivered");
    List<SimFact> contracts =
        person.ofType("AgreementSigned").stream()
            .filter(f -> "contract".equals(f.text("kind")))
            .toList();
    for (Claim claim : person.claims()) {
      if (!divisions.isMigrant(claim.county(), registration)) {
        continue;
      }
      if (person.starts(claim)
          && !claim.from().isBefore(firstDay)
          && !claim.from().isAfter(lastDay)) {
        flows
            .computeIfAbsent(divisions.provinceOf(registration), o -> new TreeMap<>())
            .merge(province(claim), 1L, Long::sum);
      }
      coverage(person, claim, services, contracts);
    }
    for (SimFact birth : person.distinctBirths()) {
      LocalDate bornOn = (LocalDate) birth.child().get("bornOn");
      if (!bornOn.isBefore(firstDay) && !bornOn.isAfter(lastDay)) {
        person
            .residenceOn(bornOn)
            .filter(c -> divisions.isMigrant(c.county(), registration))
            .ifPresent(
                c ->
                    births
                        .computeIfAbsent(province(c), p -> new long[2])[
                        "M".equals(birth.child().get("sex")) ? 0 : 1]++);
      }
    }
  }

  /**
   * A stay of 30 days or more in a quarter owes a service in that quarter during the stay, and a
   * contract signed from the arrival to the quarter's end. Only quarters ending within the range:
   * for the hub an open residence goes on after it, with no facts.
   */
  private void coverage(
      RecordedPerson person, Claim claim, List<SimFact> services, List<SimFact> contracts) {
    // An open claim is cut at the range's end, after which no quarter counts.
    LocalDate until = claim.until() == null ? lastDay.plusDays(1) : claim.until();
    for (Quarters.Slice quarter : Quarters.slices(claim.from(), until)) {
      if (quarter.end().isAfter(lastDay)
          || person.daysHeld(claim, quarter.first(), quarter.last()) < 30) {
        continue;
      }
      Map<String, long[]> cells = coverage.computeIfAbsent(province(claim), p -> new TreeMap<>());
      count(
          cells,
          "service-coverage",
          services.stream()
              .anyMatch(
                  f ->
                      f.region().equals(claim.county())
                          && !f.occurredOn().isBefore(quarter.first())
                          && !f.occurredOn().isAfter(quarter.last())));
      count(
          cells,
          "agreement-coverage",
          contracts.stream()
              .anyMatch(
                  f ->
                      f.region().equals(claim.county())
                          && !f.occurredOn().isBefore(claim.from())
                          && !f.occurredOn().isAfter(quarter.end())));
    }
  }

  private static void count(Map<String, long[]> cells, String kind, boolean met) {
    long[] cell = cells.computeIfAbsent(kind, k -> new long[2]);
    cell[0]++;
    if (met) {
      cell[1]++;
    }
  }

  private String province(Claim claim) {
    return divisions.provinceOf(claim.county());
  }
}
