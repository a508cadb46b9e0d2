package org.tongchou.adapter.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.Map;
import org.tongchou.proto.v1.Fact;

/**
 * Turns a FACTS.md fact object into proto JSON for {@code Fact}: {@code type} and {@code data}
 * become the oneof member named lowerCamel(type), holding {@code data}. Checks JSON types on the
 * way, so that a refusal names the FACTS.md path ({@code data.child.birthOrder}), not the proto
 * one. A nested {@code Fact} (RecordCorrected's {@code data.fact}) is converted the same way.
 *
 * <p>Unknown keys are left in place for {@code JsonFormat} to ignore: FACTS.md only ever adds
 * fields, so a newer export must still go through an older adapter.
 */
final class FactJsonConverter {

  private FactJsonConverter() {}

  /** Converts one fact object; {@code path} is the FACTS.md prefix of its fields ("" on top). */
  static ObjectNode fact(ObjectNode source, String path) throws UnmappableFact {
    JsonNode type = source.get("type");
    if (type == null || type.isNull()) {
      throw new UnmappableFact(path + "type", "missing; one of " + FactTypes.names());
    }
    if (!type.isTextual()) {
      throw new UnmappableFact(path + "type", "expected a string, got " + type);
    }
    FieldDescriptor dataCase =
        FactTypes.caseOf(type.asText())
            .orElseThrow(
                () -> new UnmappableFact(path + "type", "unknown type \"" + type.asText() + "\""));
    JsonNode data = source.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      throw new UnmappableFact(
          path + "data", "expected an object, got " + data.getNodeType().name().toLowerCase());
    }
    ObjectNode target = source.deepCopy();
    target.remove("type");
    target.remove("data");
    checkFields(target, Fact.getDescriptor(), path);
    ObjectNode dataObject =
        data instanceof ObjectNode o ? o.deepCopy() : JsonNodeFactory.instance.objectNode();
    checkFields(dataObject, dataCase.getMessageType(), path + "data.");
    target.set(dataCase.getJsonName(), dataObject);
    return target;
  }

  /** Checks the known fields of one message object; converts nested facts in place. */
  private static void checkFields(ObjectNode object, Descriptor type, String path)
      throws UnmappableFact {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      FieldDescriptor field = fieldNamed(type, entry.getKey());
      if (field != null && !field.isMapField()) {
        entry.setValue(value(field, entry.getValue(), path + entry.getKey()));
      }
    }
  }

  private static JsonNode value(FieldDescriptor field, JsonNode value, String path)
      throws UnmappableFact {
    if (field.isRepeated() && !value.isNull()) {
      if (!value.isArray()) {
        throw new UnmappableFact(
            path, "expected a list, got " + value.getNodeType().name().toLowerCase());
      }
      return value; // Fact has no repeated fields today; JsonFormat checks elements of new ones
    }
    String mismatch = JsonShape.mismatch(field, value);
    if (mismatch != null) {
      throw new UnmappableFact(path, mismatch);
    }
    if (!(value instanceof ObjectNode object) || isWellKnown(field.getMessageType())) {
      return value;
    }
    if (field.getMessageType().equals(Fact.getDescriptor())) {
      return fact(object, path + ".");
    }
    checkFields(object, field.getMessageType(), path + ".");
    return object;
  }

  /** Proto JSON accepts both the JSON name and the field name; so do we. */
  private static FieldDescriptor fieldNamed(Descriptor type, String key) {
    FieldDescriptor byName = type.findFieldByName(key);
    return byName != null
        ? byName
        : type.getFields().stream()
            .filter(f -> f.getJsonName().equals(key))
            .findFirst()
            .orElse(null);
  }

  /** Well-known types (Timestamp, ...) have special JSON forms that JsonFormat checks itself. */
  private static boolean isWellKnown(Descriptor type) {
    return type.getFullName().startsWith("google.protobuf.");
  }
}
