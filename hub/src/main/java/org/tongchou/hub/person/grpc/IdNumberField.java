package org.tongchou.hub.person.grpc;

import io.grpc.Status;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.platform.grpc.GrpcErrors;

/** An ID number given in a request field, checked by the one ID-number rule ({@link IdNumber}). */
public final class IdNumberField {

  private IdNumberField() {}

  /**
   * The valid number in {@code field}, or INVALID_ARGUMENT ({@code INVALID_ID_NUMBER}) naming the
   * field.
   */
  public static IdNumber.Parsed parse(String text, String field) {
    IdNumber.Parsed parsed = IdNumber.parse(text);
    if (!parsed.isValid()) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.INVALID_ARGUMENT,
              field + ": " + parsed.problem(),
              "INVALID_ID_NUMBER",
              Map.of(),
              List.of(new FieldViolation(field, parsed.problem()))));
    }
    return parsed;
  }
}
