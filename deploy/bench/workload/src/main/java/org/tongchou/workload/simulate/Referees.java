package org.tongchou.workload.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Works out the ground truth of the generated facts, person by person, in the order the hub records
 * them.
 */
final class Referees {

  private Referees() {}

  static GroundTruth judge(
      SimulationSpec spec,
      Divisions divisions,
      List<List<SimFact>> persons,
      List<String> pushOrder) {
    Comparator<SimFact> recorded =
        Comparator.<SimFact>comparingInt(f -> pushOrder.indexOf(divisions.provinceOf(f.region())))
            .thenComparing(Simulation.LINE_ORDER);
    ObligationReferee obligations = new ObligationReferee(divisions);
    StatisticsReferee statistics =
        new StatisticsReferee(divisions, spec.firstDay(), spec.lastDay());
    List<ExpectedObligation> expected = new ArrayList<>();
    SortedMap<String, Integer> lines = new TreeMap<>();
    for (List<SimFact> facts : persons) {
      RecordedPerson person = new RecordedPerson(facts, recorded);
      expected.addAll(obligations.of(person));
      statistics.add(person);
      facts.forEach(f -> lines.merge(divisions.provinceOf(f.region()), 1, Integer::sum));
    }
    expected.sort(GroundTruth.ORDER);
    return new GroundTruth(
        spec,
        List.copyOf(spec.flows().provinces()),
        pushOrder,
        lines,
        statistics.stock,
        statistics.flows,
        statistics.births,
        statistics.coverage,
        expected);
  }
}
