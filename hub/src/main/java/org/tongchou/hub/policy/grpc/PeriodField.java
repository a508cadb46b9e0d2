package org.tongchou.hub.policy.grpc;

import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.policy.domain.CoveragePeriod;

/**
 * A coverage period named in a request ({@code period}), as scorecards and re-evaluations take it.
 */
public final class PeriodField {

  /** The forms a period may take, for a refusal's description. */
  public static final String FORMS = "a month 2026-03, a quarter 2026-Q1 or a year 2026";

  private PeriodField() {}

  /**
   * The period {@code text} names, or INVALID_ARGUMENT on {@code period} with {@code description}:
   * each service keeps its own wording of the refusal.
   */
  public static CoveragePeriod.Labelled parse(String text, String description) {
    return CoveragePeriod.parse(text).orElseThrow(() -> RegionScope.invalid("period", description));
  }
}
