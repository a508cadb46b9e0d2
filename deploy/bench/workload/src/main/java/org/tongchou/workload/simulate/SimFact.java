package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated FACTS.md fact.
 *
 * @param recordId unique per reporting county (in fact across the whole simulation)
 * @param type the FACTS.md type, e.g. {@code ArrivalRegistered}
 * @param region the reporting county
 * @param occurredOn never after the range's last day
 * @param person the person it is about
 * @param data the type's fields in FACTS.md order: text, numbers, booleans, dates, or a nested map
 *     (a birth's {@code child})
 */
public record SimFact(
    String recordId,
    String type,
    String region,
    LocalDate occurredOn,
    SimPerson person,
    Map<String, Object> data) {

  /** Keeps the data's order and makes it unchangeable. */
  public SimFact {
    data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
  }

  /** The record key the hub names facts by: {@code region/recordId}. */
  public String key() {
    return region + "/" + recordId;
  }

  /** Is it of this FACTS.md type? */
  public boolean is(String factType) {
    return type.equals(factType);
  }

  /** A text or date field of {@code data} as text; null when absent. */
  public String text(String field) {
    Object value = data.get(field);
    return value == null ? null : value.toString();
  }

  /** A date field of {@code data}; null when absent. */
  public LocalDate date(String field) {
    return (LocalDate) data.get(field);
  }

  /** A birth's child: sex, bornOn and birthOrder. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> child() {
    return (Map<String, Object>) data.get("child");
  }
}
