package org.tongchou.hub.obligation.domain;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tongchou.hub.person.domain.fact.FactData;

/** Reads a fact's data field by its FACTS.md name, for the {@code where} conditions of a policy. */
final class FactFields {

  private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

  private FactFields() {}

  /** The field's value as text; null when the data has no such field or it is empty. */
  static String text(FactData data, String field) {
    Method accessor = ACCESSORS.computeIfAbsent(data.getClass(), FactFields::accessors).get(field);
    if (accessor == null) {
      return null;
    }
    try {
      Object value = accessor.invoke(data);
      return value == null ? null : value.toString();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("a record accessor failed", e);
    }
  }

  private static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> byName = new HashMap<>();
    for (RecordComponent component : type.getRecordComponents()) {
      Method accessor = component.getAccessor();
      // Checked once here rather than on every read (the check was a visible cost per fact).
      accessor.setAccessible(true);
      byName.put(component.getName(), accessor);
    }
    return byName;
  }
}
