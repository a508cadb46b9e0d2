package org.tongchou.workload.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Simulations for the generator's tests: a year of 2025, the shipped matrix. */
final class SimulationFixtures {

  static final Divisions DIVISIONS = Divisions.shipped();
  static final YearMonth START = YearMonth.of(2025, 1);

  private SimulationFixtures() {}

  static SimulationSpec spec(long seed, int persons, Rates rates) {
    return new SimulationSpec(seed, persons, START, 12, rates, FlowMatrix.shipped(DIVISIONS));
  }

  static Simulation run(long seed, int persons) {
    return run(seed, persons, Rates.DEFAULT);
  }

  static Simulation run(long seed, int persons, Rates rates) {
    return Simulation.run(spec(seed, persons, rates), DIVISIONS);
  }

  /** Every fact of every file. */
  static List<SimFact> facts(Simulation simulation) {
    List<SimFact> all = new ArrayList<>();
    simulation.files().values().forEach(all::addAll);
    return all;
  }

  /** Every file under {@code dir}, relative, in name order. */
  static List<Path> filesUnder(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
