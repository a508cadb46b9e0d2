package org.tongchou.hub.policy.app;

import org.tongchou.hub.policy.domain.CoveragePeriod;

/**
 * An office's re-evaluation of a period's obligations under a policy version ({@code
 * Policies.ReevaluatePeriod}). Obligation's {@code ReevaluationService} implements it; the
 * interface is owned here because obligation depends on policy, not the other way round.
 */
public interface PeriodReevaluation {

  /** What a re-evaluation looked at and changed. */
  record Counts(int persons, int obligations, int changed) {}

  /**
   * Re-evaluates the open obligations due in {@code period} that bind {@code region} or a division
   * under it, person by person.
   */
  Counts reevaluate(
      String region, CoveragePeriod.Labelled period, String version, String office, String reason);
}
