package org.tongchou.adapter.facts;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;

/**
 * Builds a fact as a FACTS.md JSON object, its fields in FACTS.md's order: {@code recordId}, {@code
 * type}, {@code region}, {@code occurredOn}, {@code person}, {@code data}. The one writer of that
 * shape in the adapter, for the generators (bench, simulate); {@link FactLineMapper} reads it.
 */
public final class FactObject {

  private FactObject() {}

  /**
   * One fact.
   *
   * @param occurredOn written as an ISO date
   * @param person as {@link #person} builds it
   * @param data the type's fields, in FACTS.md's order
   */
  public static ObjectNode of(
      String recordId,
      String type,
      String region,
      LocalDate occurredOn,
      ObjectNode person,
      ObjectNode data) {
    ObjectNode fact =
        JsonNodeFactory.instance
            .objectNode()
            .put("recordId", recordId)
            .put("type", type)
            .put("region", region)
            .put("occurredOn", occurredOn.toString());
    fact.set("person", person);
    fact.set("data", data);
    return fact;
  }

  /** A fact's {@code person}: every field FACTS.md lets a fact carry about the person. */
  public static ObjectNode person(
      String idNumber, String name, String sex, String registrationRegion) {
    return JsonNodeFactory.instance
        .objectNode()
        .put("idNumber", idNumber)
        .put("name", name)
        .put("sex", sex)
        .put("registrationRegion", registrationRegion);
  }
}
