package org.tongchou.adapter.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.Descriptors.FieldDescriptor;

/**
 * Whether a JSON value has the JSON type a proto field needs.
 *
 * <p>Checked before {@code JsonFormat} parses, because its errors name neither the field path nor
 * the FACTS.md name, and because it is lenient in ways FACTS.md is not (it would take {@code
 * "children": "2"} or {@code "region": 320205}). A region's file with the wrong JSON type is a bug
 * in its export that the data office should see, not something to guess around.
 */
final class JsonShape {

  private JsonShape() {}

  /** A description of what is wrong, or {@code null} when the value fits the scalar field. */
  static String mismatch(FieldDescriptor field, JsonNode value) {
    if (value.isNull()) {
      return null; // JSON null means "not given", as in proto JSON
    }
    boolean fits =
        switch (field.getJavaType()) {
          case STRING, BYTE_STRING -> value.isTextual();
          case INT -> value.isIntegralNumber() && value.canConvertToInt();
          case LONG -> value.isIntegralNumber() && value.canConvertToLong();
          case FLOAT, DOUBLE -> value.isNumber();
          case BOOLEAN -> value.isBoolean();
          case ENUM -> value.isTextual() || value.isIntegralNumber();
          case MESSAGE -> value.isObject();
        };
    return fits ? null : "expected " + expected(field) + ", got " + describe(value);
  }

  private static String expected(FieldDescriptor field) {
    return switch (field.getJavaType()) {
      case STRING, BYTE_STRING -> "a string";
      case INT, LONG -> "an integer";
      case FLOAT, DOUBLE -> "a number";
      case BOOLEAN -> "true or false";
      case ENUM -> "a name";
      case MESSAGE -> "an object";
    };
  }

  private static String describe(JsonNode value) {
    if (value.isNumber()) {
      return "the number " + value.asText();
    }
    if (value.isTextual()) {
      return "the string \"" + value.asText() + "\"";
    }
    return value.isContainerNode()
        ? "an " + value.getNodeType().name().toLowerCase()
        : value.toString();
  }
}
