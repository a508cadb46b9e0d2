package org.tongchou.hub.entitlement.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entitlement as it stands: granted at {@code grantedAt}, and ended at {@code endedAt} (null
 * while it lasts), or by itself at {@code until}; {@code suspended} while an arrival is contested.
 */
public record Entitlement(
    String region,
    Relationship relationship,
    String basis,
    String grantedBy,
    LocalDate from,
    Instant grantedAt,
    Instant until,
    Instant endedAt,
    boolean suspended) {

  /** Whether it holds at {@code now}: granted, not ended, not run out, not suspended. */
  public boolean holdsAt(Instant now) {
    return !suspended
        && !grantedAt.isAfter(now)
        && (endedAt == null || endedAt.isAfter(now))
        && (until == null || until.isAfter(now));
  }

  /** When it stopped holding for good (ended or run out), if it did by {@code now}. */
  public Instant stoppedBy(Instant now) {
    Instant stop = endedAt;
    if (until != null && (stop == null || until.isBefore(stop))) {
      stop = until;
    }
    return stop != null && !stop.isAfter(now) ? stop : null;
  }

  Entitlement ended(Instant at) {
    return new Entitlement(
        region, relationship, basis, grantedBy, from, grantedAt, until, at, suspended);
  }

  Entitlement suspended(boolean value) {
    return new Entitlement(
        region, relationship, basis, grantedBy, from, grantedAt, until, endedAt, value);
  }
}
