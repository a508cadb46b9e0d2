package org.tongchou.hub.assessment.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.assessment.domain.Credit;
import org.tongchou.hub.assessment.domain.Scorecard;
import org.tongchou.hub.assessment.domain.ScorecardRules;
import org.tongchou.hub.obligation.app.ObligationViews;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationTally;
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
    // Counted in SQL by group, not read row by row: the same figures (ObligationTally), from a
    // few hundred groups instead of a period's tens of thousands of rows.
    return scored(
        region,
        period,
        children,
        policies.book(),
        views.tallyDueIn(regions.subtree(region), period.start(), period.end()),
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
    return scored(
        region, period, children, book, rows.stream().map(ObligationTally::of).toList(), regions);
  }

  private static List<Scorecard> scored(
      String region,
      CoveragePeriod.Labelled period,
      boolean children,
      PolicyBook book,
      List<ObligationTally> tallies,
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
      Map<String, List<ObligationTally>> own =
          ScorecardRules.byKind(
              tallies.stream()
                  .filter(t -> within.test(t.responsible()) || within.test(t.owed()))
                  .toList());
      for (Side side : Side.values()) {
        scorecards.add(ScorecardRules.compute(code, side, period, policy, own, within, shares::of));
      }
    }
    return scorecards;
  }

  /**
   * The obligations behind one indicator of one role's scorecard, read page by page in
   * obligation-id order: the indicator and the book are fixed here, once, so that every page of one
   * listing or export is priced alike.
   */
  public BehindPages behind(
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
    return new BehindPages(region, period, side, indicator, book);
  }

  /** The obligations behind one indicator of one role's scorecard, to be read page by page. */
  public final class BehindPages {
    private final String region;
    private final CoveragePeriod.Labelled period;
    private final Side side;
    private final Indicator indicator;
    private final PolicyBook book;

    private BehindPages(
        String region,
        CoveragePeriod.Labelled period,
        Side side,
        Indicator indicator,
        PolicyBook book) {
      this.region = region;
      this.period = period;
      this.side = side;
      this.indicator = indicator;
      this.book = book;
    }

    /**
     * The first {@code limit} obligations behind the indicator whose id comes after {@code after}
     * ("" for the first) in Java's order of ids. SQL narrows by kind, side and party as {@link
     * ScorecardRules#counts} does, and the rule itself still decides each row: if it ever takes
     * fewer than SQL gives, the next rows are read until the page is full.
     */
    public Behind after(String after, int limit) {
      boolean byOwed = indicator.partyOrResponsible() == Indicator.Role.OWED;
      Predicate<String> within = c -> regions.isWithin(c, region);
      List<ObligationRow> page = new ArrayList<>();
      String cursor = after;
      while (page.size() < limit) {
        int wanted = limit - page.size();
        List<ObligationRow> read =
            views.dueInAfter(
                regions.subtree(region),
                period.start(),
                period.end(),
                indicator.obligation(),
                byOwed ? side.other() : side,
                byOwed,
                cursor,
                wanted);
        page.addAll(ScorecardRules.behind(indicator, side, read, within));
        if (read.size() < wanted) {
          break;
        }
        cursor = read.get(read.size() - 1).obligationId();
      }
      return new Behind(indicator, List.copyOf(page), book);
    }
  }

  /**
   * The duties behind {@code region}'s two scorecards of {@code period} (those behind any indicator
   * of either role in the policy in force, each once) counted by status, with how many are disputed
   * and not yet ruled on: a worklist's and an overview's counts, made from a few dozen groups of
   * rows ({@link ObligationViews#tallyDueIn}) instead of the period's tens of thousands of rows.
   */
  public DutyCounts dutyCounts(String region, CoveragePeriod.Labelled period) {
    EffectivePolicy policy = policies.book().inForce(period.end(), regions.provinceOf(region));
    Predicate<String> within = c -> regions.isWithin(c, region);
    Map<ObligationStatus, Long> byStatus = new EnumMap<>(ObligationStatus.class);
    long disputed = 0;
    for (ObligationTally tally :
        views.tallyDueIn(regions.subtree(region), period.start(), period.end())) {
      if (behindAny(
          policy, tally.kind(), tally.side(), tally.responsible(), tally.owed(), within)) {
        byStatus.merge(tally.status(), tally.count(), Long::sum);
        disputed += tally.openDispute() ? tally.count() : 0;
      }
    }
    return new DutyCounts(Map.copyOf(byStatus), disputed);
  }

  /**
   * The duties {@link #dutyCounts} counts that are in one of {@code statuses} or, with {@code
   * disputed}, disputed and not yet ruled on; due date first, then obligation id. Only those rows
   * are read.
   */
  public List<ObligationRow> duties(
      String region,
      CoveragePeriod.Labelled period,
      Set<ObligationStatus> statuses,
      boolean disputed) {
    EffectivePolicy policy = policies.book().inForce(period.end(), regions.provinceOf(region));
    Predicate<String> within = c -> regions.isWithin(c, region);
    return views
        .dueIn(regions.subtree(region), period.start(), period.end(), statuses, disputed)
        .stream()
        .filter(
            row -> behindAny(policy, row.kind(), row.side(), row.responsible(), row.owed(), within))
        .sorted(
            Comparator.comparing(ObligationRow::dueOn).thenComparing(ObligationRow::obligationId))
        .toList();
  }

  /** Whether such an obligation is behind some indicator of either role of the policy. */
  private static boolean behindAny(
      EffectivePolicy policy,
      String kind,
      Side rowSide,
      String responsible,
      String owed,
      Predicate<String> within) {
    for (Side side : Side.values()) {
      for (Indicator indicator : policy.indicators(side)) {
        if (ScorecardRules.counts(indicator, side, kind, rowSide, responsible, owed, within)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Duties by status, and how many are disputed and not yet ruled on.
   *
   * @param byStatus the statuses that occur, each with its number of duties
   */
  public record DutyCounts(Map<ObligationStatus, Long> byStatus, long openDisputes) {

    /** The number of duties in {@code status}. */
    public long of(ObligationStatus status) {
      return byStatus.getOrDefault(status, 0L);
    }
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
