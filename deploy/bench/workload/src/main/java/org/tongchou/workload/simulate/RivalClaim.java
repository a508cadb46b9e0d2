package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.List;

/**
 * A residence conflict: a county of another province registers the person as arriving while the
 * first residence goes on to the range's end. The hub gives the shared days to the claim recorded
 * first; files are pushed in province-code order ({@link Simulation#pushOrder}), so the rival is
 * drawn from a province after the first residence's and its claim is always recorded second. It
 * gets nothing else: no service, no request.
 */
final class RivalClaim {

  private final SimulationSpec spec;
  private final Divisions divisions;
  private final Draws draws;

  RivalClaim(SimulationSpec spec, Divisions divisions, Draws draws) {
    this.spec = spec;
    this.divisions = divisions;
    this.draws = draws;
  }

  /** Adds the rival arrival; nothing when no province comes later or no day is left. */
  void claim(Stay stay, PersonFacts facts) {
    List<String> later =
        spec.flows().provinces().tailSet(stay.destination()).stream()
            .filter(p -> !p.equals(stay.destination()))
            .toList();
    if (later.isEmpty() || !stay.arrival().isBefore(spec.lastDay())) {
      return;
    }
    List<String> counties = divisions.countiesOutsideCityOf(draws.pick(later), stay.registration());
    LocalDate on = draws.dayIn(stay.arrival().plusDays(1), spec.lastDay());
    facts.add("ArrivalRegistered", draws.pick(counties), on, "from", stay.registration());
  }
}
