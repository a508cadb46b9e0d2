package org.tongchou.hub.assessment.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationTally;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.FailureShare;
import org.tongchou.hub.policy.domain.Indicator;
import org.tongchou.hub.policy.domain.ObligationRule;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.Side;

/**
 * The two-way assessment's arithmetic (DOMAIN.md): an indicator's rate is the credit of its
 * obligations over their number; the score is the weighted sum of the rates, out of 100, over the
 * indicators that had obligations. Decimal arithmetic with fixed scales, so that the same rows give
 * the same figures to the last digit, always.
 */
public final class ScorecardRules {

  /** Rates to four decimals, points and scores to two. */
  public static final int RATE_SCALE = 4;

  public static final int POINTS_SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ScorecardRules() {}

  /**
   * @param within whether a division lies in the scorecard's region
   * @param rows the obligations due in the period that bind or are owed to the region
   * @param policy the policy in force at the period's end for the region (its indicators)
   * @param book every policy version, for each obligation's own failure share
   */
  public static Scorecard compute(
      String region,
      Side side,
      CoveragePeriod.Labelled period,
      EffectivePolicy policy,
      PolicyBook book,
      List<ObligationRow> rows,
      Predicate<String> within) {
    return compute(
        region,
        side,
        period,
        policy,
        byKind(rows.stream().map(ObligationTally::of).toList()),
        within,
        tally -> shareOf(tally.policyVersion(), tally.kind(), book));
  }

  /**
   * The same over groups of obligations ({@link ObligationTally}), for a caller that computes many
   * scorecards over the same groups: each indicator reads only its kind's groups ({@link #byKind})
   * instead of all of them, and {@code shares} may remember a share once looked up (it depends on
   * the policy version and kind only).
   *
   * @param rowsByKind the groups by obligation kind
   * @param shares each group's failure share, as {@link #shareOf} prices it
   */
  public static Scorecard compute(
      String region,
      Side side,
      CoveragePeriod.Labelled period,
      EffectivePolicy policy,
      Map<String, List<ObligationTally>> rowsByKind,
      Predicate<String> within,
      Function<ObligationTally, FailureShare> shares) {
    List<IndicatorLine> lines = new ArrayList<>();
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Indicator indicator : policy.indicators(side)) {
      IndicatorLine line =
          line(
              indicator,
              side,
              rowsByKind.getOrDefault(indicator.obligation(), List.of()),
              within,
              shares);
      lines.add(line);
      if (line.rate() != null) {
        points = points.add(indicator.weight().multiply(line.rate()));
        weights = weights.add(indicator.weight());
      }
    }
    BigDecimal score =
        weights.signum() == 0
            ? null
            : points.multiply(HUNDRED).divide(weights, POINTS_SCALE, RoundingMode.HALF_EVEN);
    return new Scorecard(region, side, period, policy.version(), lines, score);
  }

  /** The obligations behind one indicator of one side, in the order given. */
  public static List<ObligationRow> behind(
      Indicator indicator, Side side, List<ObligationRow> rows, Predicate<String> within) {
    return rows.stream()
        .filter(
            row ->
                counts(
                    indicator, side, row.kind(), row.side(), row.responsible(), row.owed(), within))
        .toList();
  }

  /**
   * Whether an obligation of {@code kind} on {@code rowSide}, binding {@code responsible} and owed
   * to {@code owed}, is behind {@code indicator} of {@code side}: the one definition {@link
   * #behind} filters rows by, and the duty counts apply to groups of rows alike.
   */
  public static boolean counts(
      Indicator indicator,
      Side side,
      String kind,
      Side rowSide,
      String responsible,
      String owed,
      Predicate<String> within) {
    if (!kind.equals(indicator.obligation())) {
      return false;
    }
    return indicator.partyOrResponsible() == Indicator.Role.OWED
        ? rowSide == side.other() && within.test(owed)
        : rowSide == side && within.test(responsible);
  }

  /** The groups by obligation kind, each kind's in the order given. */
  public static Map<String, List<ObligationTally>> byKind(List<ObligationTally> tallies) {
    Map<String, List<ObligationTally>> byKind = new HashMap<>();
    tallies.forEach(t -> byKind.computeIfAbsent(t.kind(), kind -> new ArrayList<>()).add(t));
    return byKind;
  }

  /** The failure share of the rule the obligation was opened under. */
  public static FailureShare shareOf(ObligationRow row, PolicyBook book) {
    return shareOf(row.policyVersion(), row.kind(), book);
  }

  /** The failure share of the rule for {@code kind} in policy {@code version}. */
  public static FailureShare shareOf(String version, String kind, PolicyBook book) {
    return book.byVersion(version)
        .flatMap(p -> p.rule(kind))
        .map(ObligationRule::share)
        .orElse(FailureShare.ALL_ON_RESPONSIBLE);
  }

  private static IndicatorLine line(
      Indicator indicator,
      Side side,
      List<ObligationTally> tallies,
      Predicate<String> within,
      Function<ObligationTally, FailureShare> shares) {
    int counted = 0;
    int failed = 0;
    int pending = 0;
    int excluded = 0;
    BigDecimal credit = BigDecimal.ZERO;
    for (ObligationTally tally : tallies) {
      if (!counts(
          indicator, side, tally.kind(), tally.side(), tally.responsible(), tally.owed(), within)) {
        continue;
      }
      int n = Math.toIntExact(tally.count());
      switch (Credit.standing(tally.status(), indicator)) {
        case COUNTED -> counted += n;
        case FAILED -> failed += n;
        case PENDING -> pending += n;
        case EXCLUDED -> excluded += n;
      }
      // Every obligation of a group is worth the same: n times its credit is exactly the sum of
      // n credits (decimal arithmetic), so groups and single rows give the same figures.
      credit =
          credit.add(
              Credit.of(tally.status(), indicator, shares.apply(tally))
                  .orElse(BigDecimal.ZERO)
                  .multiply(BigDecimal.valueOf(n)));
    }
    int obligations = counted + failed;
    BigDecimal rate =
        obligations == 0
            ? null
            : credit.divide(BigDecimal.valueOf(obligations), RATE_SCALE, RoundingMode.HALF_EVEN);
    BigDecimal linePoints =
        rate == null
            ? null
            : indicator.weight().multiply(rate).setScale(POINTS_SCALE, RoundingMode.HALF_EVEN);
    return new IndicatorLine(
        indicator,
        obligations,
        counted,
        failed,
        pending,
        excluded,
        credit.setScale(RATE_SCALE, RoundingMode.HALF_EVEN),
        rate,
        linePoints);
  }
}
