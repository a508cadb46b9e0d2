package org.tongchou.workload.simulate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import org.tongchou.adapter.facts.FactObject;

/** A generated fact as one FACTS.md JSON line, its fields in FACTS.md's order. */
final class FactLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FactLines() {}

  static String line(SimFact fact) {
    SimPerson person = fact.person();
    // Every fact carries the whole person: the hub needs name and registration the first time it
    // sees them, and which province's file comes first depends on the push order.
    ObjectNode node =
        FactObject.of(
            fact.recordId(),
            fact.type(),
            fact.region(),
            fact.occurredOn(),
            FactObject.person(
                person.idNumber(), person.name(), person.sex(), person.registration()),
            object(fact.data()));
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a generated fact cannot be written as JSON", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ObjectNode object(Map<String, Object> fields) {
    ObjectNode node = JSON.createObjectNode();
    fields.forEach(
        (name, value) -> {
          if (value instanceof String text) {
            node.put(name, text);
          } else if (value instanceof Boolean flag) {
            node.put(name, flag);
          } else if (value instanceof Integer number) {
            node.put(name, number);
          } else if (value instanceof LocalDate date) {
            node.put(name, date.toString());
          } else if (value instanceof Map<?, ?> nested) {
            node.set(name, object((Map<String, Object>) nested));
          } else {
            throw new IllegalStateException("no JSON form for " + name + " = " + value);
          }
        });
    return node;
  }
}
