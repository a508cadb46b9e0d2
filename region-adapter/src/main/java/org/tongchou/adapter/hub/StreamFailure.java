package org.tongchou.adapter.hub;

import io.grpc.Status;

/** Which ends of a {@code Submit} stream are worth a reconnect, and how to explain the others. */
final class StreamFailure {

  private StreamFailure() {}

  /**
   * UNAVAILABLE is the contract's "resend unanswered batches". A clean end before every batch was
   * answered is treated alike. DEADLINE_EXCEEDED is our own stream deadline: worth a fresh stream
   * only if this one was getting answers, else the hub is stuck and we would wait again.
   */
  static boolean worthReconnecting(Status status, boolean answeredAny) {
    return switch (status.getCode()) {
      case UNAVAILABLE, OK -> true;
      case DEADLINE_EXCEEDED -> answeredAny;
      default -> false;
    };
  }

  static String describe(Status status) {
    String what =
        switch (status.getCode()) {
          case UNAUTHENTICATED -> "the hub did not accept the credential";
          case PERMISSION_DENIED -> "the hub does not allow this region to push";
          case INVALID_ARGUMENT -> "the hub refused a batch as a whole";
          case DEADLINE_EXCEEDED -> "the hub did not answer before the stream deadline";
          default -> "the hub ended the stream";
        };
    return what + " (" + codeAndDescription(status) + ")";
  }

  static String gaveUp(Status status, int attempts) {
    return "the hub could not be reached after "
        + attempts
        + " attempt"
        + (attempts == 1 ? "" : "s")
        + " ("
        + codeAndDescription(status)
        + ")";
  }

  static String codeAndDescription(Status status) {
    return status.getDescription() == null
        ? status.getCode().name()
        : status.getCode() + ": " + status.getDescription();
  }
}
