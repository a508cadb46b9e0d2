package org.tongchou.adapter.hub;

import io.grpc.protobuf.StatusProto;
import java.util.List;
import java.util.Set;

/**
 * A call the hub answered with an error, carrying what crossed the wire: the code, the message and
 * the field violations. Exception classes do not survive the wire; these details do.
 */
public final class HubCallException extends Exception {

  // The hub was not reached or did not accept who we are: nothing about the request was judged.
  private static final Set<String> NOT_REACHED =
      Set.of("UNAVAILABLE", "UNAUTHENTICATED", "DEADLINE_EXCEEDED");

  private final String code;
  private final List<String> violations;

  HubCallException(String code, String message, List<String> violations) {
    super(code + ": " + message);
    this.code = code;
    this.violations = List.copyOf(violations);
  }

  /**
   * From what a call failed with: a {@code StatusRuntimeException}, or anything gRPC wraps a status
   * in.
   */
  static HubCallException from(Throwable e) {
    com.google.rpc.Status status = StatusProto.fromThrowable(e);
    if (status == null) {
      io.grpc.Status plain = io.grpc.Status.fromThrowable(e);
      return new HubCallException(
          plain.getCode().name(), String.valueOf(plain.getDescription()), List.of());
    }
    StatusDetails details = StatusDetails.of(status);
    List<String> fields =
        details.violations().stream().map(v -> v.field() + ": " + v.description()).toList();
    return new HubCallException(details.code(), details.messageWithReason(), fields);
  }

  /** The hub could not be reached, for the reason given; counts as {@link #hubNotReached()}. */
  static HubCallException unreachable(String why) {
    return new HubCallException("UNAVAILABLE", why, List.of());
  }

  /** The {@code google.rpc.Code} name, e.g. {@code NOT_FOUND}. */
  public String code() {
    return code;
  }

  /** One {@code field: description} per field violation, possibly none. */
  public List<String> violations() {
    return violations;
  }

  /** Whether the hub could not be reached or refused the credential, rather than the request. */
  public boolean hubNotReached() {
    return NOT_REACHED.contains(code);
  }
}
