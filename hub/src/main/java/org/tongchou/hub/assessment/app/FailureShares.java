package org.tongchou.hub.assessment.app;

import java.util.HashMap;
import java.util.Map;
import org.tongchou.hub.assessment.domain.ScorecardRules;
import org.tongchou.hub.obligation.domain.ObligationTally;
import org.tongchou.hub.policy.domain.FailureShare;
import org.tongchou.hub.policy.domain.PolicyBook;

/**
 * Failure shares for one computation of scorecards, each looked up in the book once per policy
 * version and obligation kind (all a share depends on) rather than once per row and indicator. Not
 * thread-safe: one per request.
 */
final class FailureShares {

  private record Key(String policyVersion, String kind) {}

  private final PolicyBook book;
  private final Map<Key, FailureShare> known = new HashMap<>();

  FailureShares(PolicyBook book) {
    this.book = book;
  }

  FailureShare of(ObligationTally tally) {
    return known.computeIfAbsent(
        new Key(tally.policyVersion(), tally.kind()),
        key -> ScorecardRules.shareOf(key.policyVersion(), key.kind(), book));
  }
}
