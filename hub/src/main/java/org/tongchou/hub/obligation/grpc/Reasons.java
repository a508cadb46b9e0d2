package org.tongchou.hub.obligation.grpc;

import org.tongchou.hub.access.grpc.RegionScope;

/**
 * The reason an office or a region must give for an act on an obligation, a conflict or an identity
 * link; it is kept in the person's stream and travels on the feed. One rule for both services here
 * ({@code Coordination}, {@code Identities}); {@code Policies.ReevaluatePeriod} has its own, which
 * allows control characters.
 */
public final class Reasons {

  static final int MAX_REASON = 500;

  private Reasons() {}

  /** The reason stripped of surrounding blanks, or INVALID_ARGUMENT naming {@code reason}. */
  public static String of(String text) {
    String reason = text.strip();
    if (reason.isEmpty()
        || reason.length() > MAX_REASON
        || reason.chars().anyMatch(Character::isISOControl)) {
      throw RegionScope.invalid(
          "reason", "1 to " + MAX_REASON + " characters, no control characters");
    }
    return reason;
  }
}
