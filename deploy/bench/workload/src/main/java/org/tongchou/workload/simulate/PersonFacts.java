package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts of one person as they are generated: each gets the next record id, and a fact that
 * would fall after the range's last day is not generated at all (the region has not reported it
 * yet), which the ground truth then sees as missing.
 */
final class PersonFacts {

  private final SimPerson person;
  private final LocalDate lastDay;
  private final RecordIds ids;
  private final List<SimFact> facts = new ArrayList<>();

  PersonFacts(SimPerson person, LocalDate lastDay, RecordIds ids) {
    this.person = person;
    this.lastDay = lastDay;
    this.ids = ids;
  }

  /**
   * Adds the fact unless it is dated after the last day; {@code data} alternates names and values.
   */
  Optional<SimFact> add(String type, String region, LocalDate on, Object... data) {
    if (on.isAfter(lastDay)) {
      return Optional.empty();
    }
    SimFact fact = new SimFact(ids.next(), type, region, on, person, map(data));
    facts.add(fact);
    return Optional.of(fact);
  }

  /** The latest date of the facts reported by {@code region} so far. */
  LocalDate latestBy(String region) {
    return facts.stream()
        .filter(f -> f.region().equals(region))
        .map(SimFact::occurredOn)
        .max(LocalDate::compareTo)
        .orElseThrow();
  }

  List<SimFact> facts() {
    return List.copyOf(facts);
  }

  static Map<String, Object> map(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return map;
  }
}
