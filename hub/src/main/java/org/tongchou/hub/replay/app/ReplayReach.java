package org.tongchou.hub.replay.app;

import java.time.Instant;

/** Which events a replay takes (its time limit, if any), and how far the taken ones reach. */
final class ReplayReach {

  private final Instant limit;
  long maxPosition;
  Instant last;

  ReplayReach(Instant limit) {
    this.limit = limit;
  }

  boolean admits(LoggedEvent e) {
    if (limit != null && e.recordedAt() != null && e.recordedAt().isAfter(limit)) {
      return false;
    }
    maxPosition = Math.max(maxPosition, e.position());
    if (e.recordedAt() != null && (last == null || e.recordedAt().isAfter(last))) {
      last = e.recordedAt();
    }
    return true;
  }
}
