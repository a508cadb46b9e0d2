package org.tongchou.adapter.facts;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.OneofDescriptor;
import com.google.protobuf.Message;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongchou.proto.v1.Fact;

/**
 * The FACTS.md fact types and the {@code Fact.data} cases they select.
 *
 * <p>Derived from the wire contract's descriptor rather than listed by hand, so that a case added
 * to the proto is known here as soon as the proto jar is updated: one definition of each type. The
 * FACTS.md name of a case is its JSON name with an upper-case first letter ({@code
 * arrivalRegistered} is {@code ArrivalRegistered}).
 */
public final class FactTypes {

  private static final Map<String, FieldDescriptor> BY_TYPE = index();

  private FactTypes() {}

  /** The {@code Fact.data} case for a FACTS.md type name, matched exactly (case-sensitive). */
  public static Optional<FieldDescriptor> caseOf(String type) {
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  /** Every FACTS.md type name the wire contract knows, in field-number order. */
  public static Set<String> names() {
    return Collections.unmodifiableSet(BY_TYPE.keySet());
  }

  /** The FACTS.md type name of a fact, or an empty string when no data case is set. */
  public static String typeOf(Fact fact) {
    FieldDescriptor set = fact.getOneofFieldDescriptor(dataOneof());
    return set == null ? "" : typeName(set);
  }

  /** The message of a fact's data case, or empty when no case is set. */
  public static Optional<Message> dataOf(Fact fact) {
    FieldDescriptor set = fact.getOneofFieldDescriptor(dataOneof());
    return set == null ? Optional.empty() : Optional.of((Message) fact.getField(set));
  }

  /** The {@code data} oneof of {@code Fact}. */
  static OneofDescriptor dataOneof() {
    return Fact.getDescriptor().getRealOneofs().stream()
        .filter(oneof -> oneof.getName().equals("data"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("tongchou.v1.Fact has no `data` oneof"));
  }

  private static String typeName(FieldDescriptor field) {
    String json = field.getJsonName();
    return Character.toUpperCase(json.charAt(0)) + json.substring(1);
  }

  private static Map<String, FieldDescriptor> index() {
    Map<String, FieldDescriptor> byType = new LinkedHashMap<>();
    for (FieldDescriptor field : dataOneof().getFields()) {
      byType.put(typeName(field), field);
    }
    return byType;
  }
}
