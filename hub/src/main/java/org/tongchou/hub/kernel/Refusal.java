package org.tongchou.hub.kernel;

import java.util.List;

/**
 * Why a fact was not recorded: an expected outcome, returned as a value. {@code reason} is a stable
 * UPPER_SNAKE_CASE word a region's software can branch on; {@code violations} name the fields to
 * fix.
 */
public record Refusal(Kind kind, String reason, String message, List<FieldViolation> violations) {

  /** Mirrors the gRPC status codes a refusal travels as. */
  public enum Kind {
    INVALID_ARGUMENT,
    PERMISSION_DENIED,
    ALREADY_EXISTS,
    FAILED_PRECONDITION,
    NOT_FOUND
  }

  public Refusal {
    violations = List.copyOf(violations);
  }

  public static Refusal invalid(List<FieldViolation> violations) {
    String first = violations.get(0).field() + ": " + violations.get(0).description();
    String more = violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : "";
    return new Refusal(Kind.INVALID_ARGUMENT, "INVALID_FACT", first + more, violations);
  }

  public static Refusal precondition(String reason, String field, String description) {
    return new Refusal(
        Kind.FAILED_PRECONDITION,
        reason,
        field + ": " + description,
        List.of(new FieldViolation(field, description)));
  }
}
