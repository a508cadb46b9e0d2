package org.tongchou.adapter.hub;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.ErrorInfo;
import com.google.rpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a {@code google.rpc.Status} an operator acts on: the code, the fields to fix ({@code
 * BadRequest}) and the machine-readable reason ({@code ErrorInfo}).
 *
 * @param code the code's name, e.g. {@code INVALID_ARGUMENT}
 * @param message the status message
 * @param violations the field violations, possibly none
 * @param reason the ErrorInfo reason, e.g. {@code ID_NUMBER_CHECK_FAILED}, if any
 */
record StatusDetails(
    String code, String message, List<Violation> violations, Optional<String> reason) {

  /** One field to fix, named as in FACTS.md. */
  record Violation(String field, String description) {}

  static StatusDetails of(Status status) {
    List<Violation> violations = new ArrayList<>();
    Optional<String> reason = Optional.empty();
    for (Any detail : status.getDetailsList()) {
      try {
        if (detail.is(BadRequest.class)) {
          for (BadRequest.FieldViolation v :
              detail.unpack(BadRequest.class).getFieldViolationsList()) {
            violations.add(new Violation(v.getField(), v.getDescription()));
          }
        } else if (detail.is(ErrorInfo.class)) {
          reason =
              Optional.of(detail.unpack(ErrorInfo.class).getReason()).filter(r -> !r.isEmpty());
        }
      } catch (InvalidProtocolBufferException e) {
        // A detail we cannot read must not hide the code and message, which still say enough.
      }
    }
    return new StatusDetails(
        codeName(status.getCode()), status.getMessage(), List.copyOf(violations), reason);
  }

  /** The message followed by the ErrorInfo reason, for one readable line. */
  String messageWithReason() {
    return message + reason.map(r -> " (" + r + ")").orElse("");
  }

  private static String codeName(int code) {
    Code known = Code.forNumber(code);
    return known == null ? "CODE_" + code : known.name();
  }
}
