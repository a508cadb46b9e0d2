package org.tongchou.workload.simulate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a simulation under a directory: {@code facts/<province>.jsonl}, one FACTS.md file per
 * province with {@code \n} line ends, and {@code ground-truth.json}.
 */
public final class SimulationFiles {

  /** The ground truth's file name under the output directory. */
  public static final String GROUND_TRUTH = "ground-truth.json";

  /** The folder of the fact files under the output directory. */
  public static final String FACTS = "facts";

  private SimulationFiles() {}

  /**
   * Writes everything; refuses ({@link IllegalArgumentException}) a directory that already holds a
   * simulation, since a stale province file left among new ones would mix two workloads.
   */
  public static void write(Path out, Simulation simulation) throws IOException {
    if (Files.exists(out.resolve(FACTS)) || Files.exists(out.resolve(GROUND_TRUTH))) {
      throw new IllegalArgumentException(
          out
              + " already holds a simulation ("
              + FACTS
              + "/ or "
              + GROUND_TRUTH
              + "); choose an empty or new directory");
    }
    Path facts = Files.createDirectories(out.resolve(FACTS));
    for (var file : simulation.files().entrySet()) {
      write(facts.resolve(file.getKey() + ".jsonl"), file.getValue());
    }
    Files.writeString(
        out.resolve(GROUND_TRUTH),
        GroundTruthJson.of(simulation.groundTruth()),
        StandardCharsets.UTF_8);
  }

  private static void write(Path file, List<SimFact> lines) throws IOException {
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (SimFact fact : lines) {
        writer.write(FactLines.line(fact));
        writer.write('\n');
      }
    }
  }
}
