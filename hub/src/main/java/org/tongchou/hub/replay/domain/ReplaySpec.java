package org.tongchou.hub.replay.domain;

import java.time.Instant;
import org.tongchou.hub.policy.domain.CoveragePeriod;

/**
 * What a replay rebuilds: a division's obligations due in a period, as of a log position and/or a
 * recorded time, under the recorded decisions ({@code policyVersion} null) or a named version.
 *
 * @param position the last global log position to read; 0 for the log's end
 * @param recordedAt read only events recorded at or before this; null for no time limit
 * @param policiesAt score with the policy versions loaded by this time; null for the replay's own
 *     time (a published scorecard is reproduced with the book of its publication)
 */
public record ReplaySpec(
    String region,
    CoveragePeriod.Labelled period,
    long position,
    Instant recordedAt,
    String policyVersion,
    Instant policiesAt) {

  public boolean underRecordedDecisions() {
    return policyVersion == null || policyVersion.isEmpty();
  }

  /** How the replay names its policy: {@code recorded} or the version. */
  public String policy() {
    return underRecordedDecisions() ? "recorded" : policyVersion;
  }
}
