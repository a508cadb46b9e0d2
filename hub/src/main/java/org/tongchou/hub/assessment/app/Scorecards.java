package org.tongchou.hub.assessment.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.assessment.domain.Credit;
import org.tongchou.hub.assessment.domain.Scorecard;
import org.tongchou.hub.assessment.domain.ScorecardRules;
import org.tongchou.hub.obligation.app.ObligationViews;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.policy.app.PolicyCatalog;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.Indicator;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Scorecards and their drill-down, computed from the obligation read model with the policy in force
 * at the period's end in the region's province.
 */
@Service
public class Scorecards {

  private final ObligationViews views;
  private final PolicyCatalog policies;
  private final RegionDirectory regions;

  Scorecards(ObligationViews views, PolicyCatalog policies, RegionDirectory regions) {
    this.views = views;
    this.policies = policies;
    this.regions = regions;
  }

  /**
   * Both roles' scorecards of {@code region} and, with {@code children}, of each division right
   * under it.
   */
  public List<Scorecard> of(String region, CoveragePeriod.Labelled period, boolean children) {
    return compute(
        region,
        period,
        children,
        policies.book(),
        views.dueIn(regions.subtree(region), period.start(), period.end()),
        regions);
  }

  /**
   * The same from given obligations (those due in the period that bind or are owed to the region's
   * subtree, in obligation-id order) and a given book: how a replay scores its scratch copy exactly
   * as the live read model is scored.
   */
  public static List<Scorecard> compute(
      String region,
      CoveragePeriod.Labelled period,
      boolean children,
      PolicyBook book,
      List<ObligationRow> rows,
      RegionDirectory regions) {
    List<String> scored = new ArrayList<>();
    scored.add(region);
    if (children) {
      scored.addAll(regions.childrenOf(region));
    }
    FailureShares shares = new FailureShares(book);
    List<Scorecard> scorecards = new ArrayList<>();
    for (String code : scored) {
      EffectivePolicy policy = book.inForce(period.end(), regions.provinceOf(code));
      Predicate<String> within = c -> regions.isWithin(c, code);
      // Each division counts only what binds it or is owed to it: its rows, taken once for both
      // roles and every indicator, not the whole subtree's once per indicator.
      Map<String, List<ObligationRow>> own =
          ScorecardRules.byKind(
              rows.stream()
                  .filter(row -> within.test(row.responsible()) || within.test(row.owed()))
                  .toList());
      for (Side side : Side.values()) {
        scorecards.add(ScorecardRules.compute(code, side, period, policy, own, within, shares::of));
      }
    }
    return scorecards;
  }

  /**
   * The obligations behind one indicator of one role's scorecard, with the indicator they count
   * for.
   */
  public Behind behind(
      String region, CoveragePeriod.Labelled period, Side side, String indicatorId) {
    PolicyBook book = policies.book();
    EffectivePolicy policy = book.inForce(period.end(), regions.provinceOf(region));
    Indicator indicator =
        policy.indicators(side).stream()
            .filter(i -> i.id().equals(indicatorId))
            .findFirst()
            .orElseThrow(
                () ->
                    new UnknownIndicator(
                        indicatorId, policy.indicators(side).stream().map(Indicator::id).toList()));
    List<ObligationRow> rows = views.dueIn(regions.subtree(region), period.start(), period.end());
    return new Behind(
        indicator,
        ScorecardRules.behind(indicator, side, rows, c -> regions.isWithin(c, region)),
        book);
  }

  /** An indicator's obligations, and the book to price each one's failure share. */
  public record Behind(Indicator indicator, List<ObligationRow> rows, PolicyBook book) {

    /**
     * How the row stands for the indicator, as the drill-down and its CSV name it ({@code counted},
     * ...).
     */
    public String standing(ObligationRow row) {
      return Credit.standing(row.status(), indicator).name().toLowerCase(Locale.ROOT);
    }

    /**
     * What the row is worth to the indicator, to the rate's scale; empty while pending or excluded.
     */
    public Optional<BigDecimal> credit(ObligationRow row) {
      return Credit.of(row.status(), indicator, ScorecardRules.shareOf(row, book))
          .map(c -> c.setScale(ScorecardRules.RATE_SCALE));
    }
  }

  /** The policy in force has no indicator of that id in that role. */
  public static final class UnknownIndicator extends RuntimeException {
    private final List<String> known;

    UnknownIndicator(String id, List<String> known) {
      super("no indicator '" + id + "' in that role; the policy has " + known);
      this.known = known;
    }

    public List<String> known() {
      return known;
    }
  }
}
