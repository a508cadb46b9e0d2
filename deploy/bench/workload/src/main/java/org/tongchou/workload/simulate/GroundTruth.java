package org.tongchou.workload.simulate;

import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;

/**
 * What the hub must say about a simulated workload once every file is pushed in {@link #pushOrder}:
 * computed by the generator from the facts it generated, never by the hub's code.
 *
 * @param spec the simulation
 * @param provinces every province of the flow matrix, in code order
 * @param pushOrder the provinces with a fact file, in the order to push them
 * @param factsPerProvince the lines of each province's file
 * @param stock migrants living in each province on the last day (first-recorded residences)
 * @param flows arrivals in the range by origin province, then destination province
 * @param births children born in the range to migrant mothers, by the mother's province: boys,
 *     girls
 * @param coverage coverage duties due within the range by province and kind: due, met
 * @param obligations every obligation of the compared kinds, by kind then opening record
 */
public record GroundTruth(
    SimulationSpec spec,
    List<String> provinces,
    List<String> pushOrder,
    SortedMap<String, Integer> factsPerProvince,
    SortedMap<String, Long> stock,
    SortedMap<String, SortedMap<String, Long>> flows,
    SortedMap<String, long[]> births,
    SortedMap<String, SortedMap<String, long[]>> coverage,
    List<ExpectedObligation> obligations) {

  /** The order obligations are listed in. */
  static final Comparator<ExpectedObligation> ORDER =
      Comparator.comparing(ExpectedObligation::kind)
          .thenComparing(ExpectedObligation::openedBy)
          .thenComparing(ExpectedObligation::dueOn);

  /** The obligations that must end overdue, in {@link #ORDER}. */
  public List<ExpectedObligation> overdue() {
    return obligations.stream().filter(o -> o.status().equals("overdue")).toList();
  }

  /** Facts in all files. */
  public int facts() {
    return factsPerProvince.values().stream().mapToInt(Integer::intValue).sum();
  }
}
