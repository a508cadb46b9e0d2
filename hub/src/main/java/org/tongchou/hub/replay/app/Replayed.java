package org.tongchou.hub.replay.app;

import java.time.Instant;
import java.util.List;
import org.tongchou.hub.assessment.domain.Scorecard;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.replay.domain.ReplaySpec;
import org.tongchou.hub.replay.domain.ScratchObligations;

/**
 * A finished replay: up to where it read, the scratch obligations it rebuilt, the scorecards and
 * their CSV bytes (as {@code AssessmentCsv} writes them for the live read models), and its rate.
 */
public record Replayed(
    ReplaySpec spec,
    long position,
    Instant recordedAt,
    PolicyBook book,
    ScratchObligations scratch,
    List<Scorecard> scorecards,
    byte[] csv,
    String sha256,
    long events,
    double eventsPerSecond) {

  /** The distinct policy versions of the scorecards, in order. */
  public List<String> policyVersions() {
    return scorecards.stream().map(Scorecard::policyVersion).distinct().toList();
  }
}
