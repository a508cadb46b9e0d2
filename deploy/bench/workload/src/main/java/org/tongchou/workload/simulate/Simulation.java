package org.tongchou.workload.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generated workload: every person's facts, grouped into one file per province (the jurisdiction
 * that pushes them), and its {@link GroundTruth}.
 *
 * <p>Deterministic: one random source seeded from the spec, draws in a fixed order, and every
 * output in a sorted order, so that the same spec gives the same bytes.
 */
public final class Simulation {

  /** The order of a file's lines: by business date, then record id. */
  public static final Comparator<SimFact> LINE_ORDER =
      Comparator.comparing(SimFact::occurredOn).thenComparing(SimFact::recordId);

  private final SortedMap<String, List<SimFact>> files;
  private final GroundTruth truth;

  private Simulation(SortedMap<String, List<SimFact>> files, GroundTruth truth) {
    this.files = files;
    this.truth = truth;
  }

  /** Generates the workload and works out its ground truth. */
  public static Simulation run(SimulationSpec spec, Divisions divisions) {
    StoryTeller teller = new StoryTeller(spec, divisions);
    List<List<SimFact>> persons = new ArrayList<>(spec.persons());
    SortedMap<String, List<SimFact>> files = new TreeMap<>();
    for (int n = 0; n < spec.persons(); n++) {
      List<SimFact> facts = teller.tell();
      persons.add(facts);
      facts.forEach(
          f ->
              files
                  .computeIfAbsent(divisions.provinceOf(f.region()), p -> new ArrayList<>())
                  .add(f));
    }
    files.values().forEach(lines -> lines.sort(LINE_ORDER));
    return new Simulation(files, Referees.judge(spec, divisions, persons, pushOrder(files)));
  }

  /**
   * Files are pushed one after the other in province-code order: a person's facts are then recorded
   * in this order, province by province, each file's in line order. A residence conflict's rival
   * claim always lies in a later province (see {@link RivalClaim}).
   */
  static List<String> pushOrder(SortedMap<String, List<SimFact>> files) {
    return List.copyOf(files.keySet());
  }

  /** The lines of each province's file, sorted. */
  public SortedMap<String, List<SimFact>> files() {
    return files;
  }

  public GroundTruth groundTruth() {
    return truth;
  }
}
