package org.tongchou.workload.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code ground-truth.json}: keys sorted at every level, lists in a fixed order, two-space indent
 * and {@code \n} line ends on every platform, so that the same simulation gives the same bytes.
 * README.md ("Simulating a workload") describes each field.
 */
final class GroundTruthJson {

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private GroundTruthJson() {}

  static String of(GroundTruth truth) {
    SortedMap<String, Object> root = new TreeMap<>();
    SimulationSpec spec = truth.spec();
    root.put("seed", spec.seed());
    root.put("persons", spec.persons());
    root.put(
        "range", Map.of("first", spec.firstDay().toString(), "last", spec.lastDay().toString()));
    root.put(
        "rates",
        Map.of(
            "late",
            spec.rates().late(),
            "unanswered",
            spec.rates().unanswered(),
            "conflict",
            spec.rates().conflict(),
            "birth",
            spec.rates().birth(),
            "return",
            spec.rates().returns()));
    root.put("provinces", truth.provinces());
    root.put("pushOrder", truth.pushOrder());
    root.put("facts", truth.factsPerProvince());
    root.put("stock", truth.stock());
    List<Object> flows = new ArrayList<>();
    truth
        .flows()
        .forEach(
            (origin, row) ->
                row.forEach(
                    (destination, arrivals) ->
                        flows.add(
                            Map.of(
                                "origin",
                                origin,
                                "destination",
                                destination,
                                "arrivals",
                                arrivals))));
    root.put("flows", flows);
    SortedMap<String, Object> births = new TreeMap<>();
    truth
        .births()
        .forEach(
            (province, count) -> births.put(province, Map.of("boys", count[0], "girls", count[1])));
    root.put("births", births);
    SortedMap<String, Object> coverage = new TreeMap<>();
    truth
        .coverage()
        .forEach(
            (province, kinds) -> {
              SortedMap<String, Object> cells = new TreeMap<>();
              kinds.forEach(
                  (kind, cell) -> cells.put(kind, Map.of("due", cell[0], "met", cell[1])));
              coverage.put(province, cells);
            });
    root.put("coverage", coverage);
    root.put("obligations", truth.obligations().stream().map(GroundTruthJson::obligation).toList());
    root.put(
        "overdue",
        truth.overdue().stream()
            .map(
                o ->
                    Map.of(
                        "kind", o.kind(), "responsible", o.responsible(), "openedBy", o.openedBy()))
            .toList());
    try {
      DefaultPrettyPrinter printer =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(INDENT)
              .withArrayIndenter(INDENT);
      return JSON.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the ground truth cannot be written as JSON", e);
    }
  }

  private static Map<String, Object> obligation(ExpectedObligation o) {
    return Map.of(
        "kind",
        o.kind(),
        "side",
        o.side(),
        "responsible",
        o.responsible(),
        "owed",
        o.owed(),
        "openedBy",
        o.openedBy(),
        "dueOn",
        o.dueOn(),
        "status",
        o.status());
  }
}
