package org.tongchou.hub.workbench.web;

import com.google.rpc.BadRequest;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.tongchou.hub.workbench.app.ActKeys;
import org.tongchou.hub.workbench.app.OfficeUser;

/**
 * An RPC's refusal as a page: its status as the HTTP status (PERMISSION_DENIED is 403, NOT_FOUND
 * 404, a bad field 400) and each field violation as the RPC names it.
 */
@ConditionalOnWebApplication
@ControllerAdvice(basePackageClasses = WorkbenchRefusals.class)
class WorkbenchRefusals {

  /** One refused field, as {@code google.rpc.BadRequest} names it. */
  record Violation(String field, String description) {}

  static List<Violation> violations(StatusRuntimeException refusal) {
    List<Violation> found = new ArrayList<>();
    com.google.rpc.Status status = StatusProto.fromThrowable(refusal);
    if (status == null) {
      return found;
    }
    for (com.google.protobuf.Any detail : status.getDetailsList()) {
      if (detail.is(BadRequest.class)) {
        try {
          detail
              .unpack(BadRequest.class)
              .getFieldViolationsList()
              .forEach(v -> found.add(new Violation(v.getField(), v.getDescription())));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
          // A detail that does not parse names no field; the message below still says why.
        }
      }
    }
    return found;
  }

  static HttpStatus httpStatus(StatusRuntimeException refusal) {
    return switch (refusal.getStatus().getCode()) {
      case PERMISSION_DENIED -> HttpStatus.FORBIDDEN;
      case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE -> HttpStatus.BAD_REQUEST;
      case ALREADY_EXISTS, ABORTED -> HttpStatus.CONFLICT;
      case RESOURCE_EXHAUSTED -> HttpStatus.TOO_MANY_REQUESTS;
      case UNAVAILABLE, DEADLINE_EXCEEDED -> HttpStatus.SERVICE_UNAVAILABLE;
      default -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  /** A form whose idempotency key this session did not issue: reload it (nothing was done). */
  @ExceptionHandler(ActKeys.UnknownKey.class)
  String staleForm(
      ActKeys.UnknownKey stale,
      @AuthenticationPrincipal OfficeUser user,
      HttpServletResponse response,
      Model model) {
    // Model attributes of the advice do not reach an exception handler's page: the header needs it.
    model.addAttribute("user", user);
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    model.addAttribute("status", HttpStatus.BAD_REQUEST.value());
    model.addAttribute("code", "UNKNOWN_ACT_KEY");
    model.addAttribute("message", stale.getMessage());
    model.addAttribute("violations", List.of(new Violation("actKey", stale.getMessage())));
    return "workbench/refusal";
  }

  @ExceptionHandler(StatusRuntimeException.class)
  String refused(
      StatusRuntimeException refusal,
      @AuthenticationPrincipal OfficeUser user,
      HttpServletResponse response,
      Model model) {
    model.addAttribute("user", user);
    HttpStatus status = httpStatus(refusal);
    response.setStatus(status.value());
    model.addAttribute("status", status.value());
    model.addAttribute("code", refusal.getStatus().getCode().name());
    model.addAttribute("message", refusal.getStatus().getDescription());
    model.addAttribute("violations", violations(refusal));
    return "workbench/refusal";
  }
}
