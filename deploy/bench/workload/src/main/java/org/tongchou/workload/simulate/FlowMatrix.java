package org.tongchou.workload.simulate;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who moves where: weights of migration from an origin province (where persons are registered) to a
 * destination province (where they go to live), read from CSV lines {@code
 * origin,destination,weight}. A person's origin is drawn by the rows' sums, the destination by the
 * origin's row.
 */
public final class FlowMatrix {

  /** The shipped matrix, shaped like the 2020 census (see the file's header). */
  public static final String SHIPPED = "/org/tongchou/workload/simulate/flows-2020.csv";

  private final Map<String, Map<String, Long>> rows;
  private final Weighted origins;
  private final Map<String, Weighted> destinations = new TreeMap<>();
  // Asked for once per conflicted person: kept rather than rebuilt from the rows.
  private final SortedSet<String> provinces = new TreeSet<>();

  private FlowMatrix(Map<String, Map<String, Long>> rows) {
    this.rows = rows;
    provinces.addAll(rows.keySet());
    rows.values().forEach(row -> provinces.addAll(row.keySet()));
    Map<String, Long> sums = new TreeMap<>();
    rows.forEach(
        (origin, row) -> sums.put(origin, row.values().stream().mapToLong(Long::longValue).sum()));
    this.origins = new Weighted(sums);
    rows.forEach((origin, row) -> destinations.put(origin, new Weighted(row)));
  }

  /** The shipped matrix. */
  public static FlowMatrix shipped(Divisions divisions) {
    return ShippedResource.read(SHIPPED, reader -> read(reader, divisions));
  }

  /**
   * Reads a matrix: a header line {@code origin,destination,weight}, then one cell per line; lines
   * starting with {@code #} and blank lines are skipped. A mistake is an {@link
   * IllegalArgumentException} naming the line.
   */
  public static FlowMatrix read(BufferedReader reader, Divisions divisions) throws IOException {
    Map<String, Map<String, Long>> rows = new TreeMap<>();
    boolean header = false;
    int number = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!text.equals("origin,destination,weight")) {
          throw new IllegalArgumentException(
              "line " + number + ": expected the header origin,destination,weight");
        }
        header = true;
        continue;
      }
      FlowCell cell = FlowCell.parse(text, number, divisions);
      if (rows.computeIfAbsent(cell.origin(), o -> new TreeMap<>())
              .put(cell.destination(), cell.weight())
          != null) {
        throw new IllegalArgumentException(
            "line "
                + number
                + ": "
                + cell.origin()
                + ","
                + cell.destination()
                + " is listed twice");
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no flows: expected lines origin,destination,weight");
    }
    return new FlowMatrix(rows);
  }

  /** Draws a person's origin province. */
  String drawOrigin(Random random) {
    return origins.draw(random);
  }

  /** Draws the destination of a person from {@code origin}. */
  String drawDestination(String origin, Random random) {
    return destinations.get(origin).draw(random);
  }

  /** The weight of each destination, by origin, both in code order. */
  public SortedMap<String, SortedMap<String, Long>> weights() {
    SortedMap<String, SortedMap<String, Long>> copy = new TreeMap<>();
    rows.forEach((origin, row) -> copy.put(origin, new TreeMap<>(row)));
    return copy;
  }

  /** Every province of the matrix, origin or destination, in code order; unmodifiable. */
  public SortedSet<String> provinces() {
    return Collections.unmodifiableSortedSet(provinces);
  }
}
