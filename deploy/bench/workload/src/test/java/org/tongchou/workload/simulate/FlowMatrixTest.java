package org.tongchou.workload.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlowMatrixTest {

  static final Divisions DIVISIONS = Divisions.shipped();
  static final FlowMatrix SHIPPED = FlowMatrix.shipped(DIVISIONS);

  @Test
  void theShippedMatrixHasTheLargestInflowsOfThe2020CensusInTheirOrder() {
    Map<String, Long> inflows = new TreeMap<>();
    SHIPPED
        .weights()
        .values()
        .forEach(row -> row.forEach((destination, w) -> inflows.merge(destination, w, Long::sum)));

    assertThat(largest(inflows, 5))
        .containsExactly("440000", "330000", "310000", "320000", "110000");
    assertThat(inflows).hasSizeGreaterThanOrEqualTo(8);
  }

  @Test
  void theShippedMatrixHasTheLargestOutflowsOfThe2020CensusInTheirOrder() {
    Map<String, Long> outflows = new TreeMap<>();
    SHIPPED
        .weights()
        .forEach(
            (origin, row) -> outflows.put(origin, row.values().stream().mapToLong(w -> w).sum()));

    assertThat(largest(outflows, 3)).containsExactly("410000", "340000", "510000");
    assertThat(outflows).hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void jiangsuWithItsPolicyOverrideIsADestination() {
    assertThat(SHIPPED.weights().values()).anySatisfy(row -> assertThat(row).containsKey("320000"));
  }

  @Test
  void aMatrixWithCommentsAndBlankLinesIsReadCellByCell() throws Exception {
    FlowMatrix matrix =
        read("# a note\n\norigin,destination,weight\n410000,320000,3\n# more\n410000,440000,1\n");

    assertThat(matrix.weights())
        .isEqualTo(Map.of("410000", new TreeMap<>(Map.of("320000", 3L, "440000", 1L))));
    assertThat(matrix.provinces()).containsExactly("320000", "410000", "440000");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "410000,320000,3                                 | line 1: expected the header origin,destination,weight",
        "origin,destination,weight\\n410100,320000,3     | line 2: '410100' is not a province code (XX0000)",
        "origin,destination,weight\\n410000,410000,3     | line 2: origin and destination are the same province 410000",
        "origin,destination,weight\\n410000,320000,0     | line 2: weight must be at least 1, was 0",
        "origin,destination,weight\\n410000,320000,many  | line 2: weight 'many' is not a whole number",
        "origin,destination,weight\\n410000,320000       | line 2: expected origin,destination,weight, got '410000,320000'",
        "origin,destination,weight\\n410000,320000,1\\n410000,320000,2 | line 3: 410000,320000 is listed twice",
        "origin,destination,weight                       | no flows: expected lines origin,destination,weight"
      })
  void aMistakeIsRefusedNamingItsLine(String csv, String message) {
    assertThatThrownBy(() -> read(csv.strip().replace("\\n", "\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static FlowMatrix read(String csv) throws Exception {
    return FlowMatrix.read(new BufferedReader(new StringReader(csv)), DIVISIONS);
  }

  private static List<String> largest(Map<String, Long> sums, int count) {
    return sums.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(count)
        .map(Map.Entry::getKey)
        .toList();
  }
}
