package org.tongchou.workload.simulate;

/** One cell of a flow matrix, checked against the division table. */
record FlowCell(String origin, String destination, long weight) {

  static FlowCell parse(String text, int line, Divisions divisions) {
    String[] cells = text.split(",", -1);
    if (cells.length != 3) {
      throw new IllegalArgumentException(
          "line " + line + ": expected origin,destination,weight, got '" + text + "'");
    }
    String origin = cells[0].strip();
    String destination = cells[1].strip();
    for (String code : new String[] {origin, destination}) {
      if (!divisions.isProvince(code)) {
        throw new IllegalArgumentException(
            "line " + line + ": '" + code + "' is not a province code (XX0000)");
      }
    }
    if (origin.equals(destination)) {
      // Moves inside a province are not this matrix's business, and a person must change city.
      throw new IllegalArgumentException(
          "line " + line + ": origin and destination are the same province " + origin);
    }
    long weight;
    try {
      weight = Long.parseLong(cells[2].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "line " + line + ": weight '" + cells[2].strip() + "' is not a whole number");
    }
    if (weight < 1) {
      throw new IllegalArgumentException(
          "line " + line + ": weight must be at least 1, was " + weight);
    }
    return new FlowCell(origin, destination, weight);
  }
}
