package org.tongchou.adapter.hub;

import com.google.protobuf.Descriptors.EnumValueDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongchou.proto.v1.Obligation;

/**
 * An obligation's fields as text, read from the message's descriptor rather than field by field, so
 * that a field the contract adds later shows without a change here.
 */
final class ObligationFields {

  private ObligationFields() {}

  /** The fields that are set, by their contract names, in the contract's order; enums as words. */
  static Map<String, String> of(Obligation o) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldDescriptor field : Obligation.getDescriptor().getFields()) {
      if (o.hasField(field)) {
        Object value = o.getField(field);
        fields.put(
            field.getName(),
            value instanceof EnumValueDescriptor e ? Words.of(e.getName()) : value.toString());
      }
    }
    return fields;
  }
}
