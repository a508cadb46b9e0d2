package org.tongchou.adapter.hub;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.TextFormat;
import com.google.protobuf.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A message's fields as text, read from its descriptor rather than field by field, so that a field
 * the contract adds later shows without a change here.
 */
final class MessageFields {

  private MessageFields() {}

  /**
   * The fields that are set, by their contract names, in the contract's order: a nested message's
   * as {@code outer.inner}, enums as words, a list joined with commas, a time as an ISO instant and
   * bytes as their count.
   */
  static Map<String, String> of(Message message) {
    Map<String, String> fields = new LinkedHashMap<>();
    add("", message, fields);
    return fields;
  }

  private static void add(String prefix, Message message, Map<String, String> fields) {
    for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
      String name = prefix + field.getName();
      if (field.isRepeated()) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
          values.add(text(message.getRepeatedField(field, i)));
        }
        if (!values.isEmpty()) {
          fields.put(name, String.join(", ", values));
        }
      } else if (message.hasField(field)) {
        Object value = message.getField(field);
        if (value instanceof Message nested && !(value instanceof Timestamp)) {
          add(name + ".", nested, fields);
        } else {
          fields.put(name, text(value));
        }
      }
    }
  }

  private static String text(Object value) {
    if (value instanceof EnumValueDescriptor e) {
      return Words.of(e.getName());
    }
    if (value instanceof Timestamp t) {
      return WireTime.instant(t).toString();
    }
    if (value instanceof ByteString bytes) {
      return bytes.size() + " bytes";
    }
    if (value instanceof Message m) {
      return TextFormat.shortDebugString(m);
    }
    return value.toString();
  }
}
