package org.tongchou.adapter.hub;

import java.util.List;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Side;

/**
 * What an Assessment call selects, as the command line gives it. The hub judges every value and
 * answers a bad one with INVALID_ARGUMENT naming the field, so that the rules for periods, levels
 * and dates live in one place; only a side's word is mapped here, to the contract's enum.
 *
 * @param region division code, 6 digits
 * @param period a month {@code 2026-03}, a quarter {@code 2026-Q1} or a year {@code 2026}
 * @param catchUp wait (up to 10 s) until the hub's read models are current
 * @param children scorecards: also those of the divisions right under the region
 * @param side a scorecard line's role, one of {@link #SIDES}; empty where none is asked for
 * @param indicator a scorecard line's indicator id; empty where none is asked for
 * @param on statistics: the ISO day of the stock; empty for the period's last day
 * @param level statistics: {@code province}, {@code city} or {@code county}; empty for the level
 *     under the region
 */
public record AssessmentQuery(
    String region,
    String period,
    boolean catchUp,
    boolean children,
    String side,
    String indicator,
    String on,
    String level) {

  /**
   * The words of the two roles, {@code inflow} and {@code outflow}, from the contract's {@code
   * Side}.
   */
  public static final List<String> SIDES = Words.choices(Side.values());

  /**
   * The tables ExportCsv writes ({@code scorecards}, {@code obligations}, …), from the contract.
   */
  public static final List<String> TABLES = Words.choices(ExportCsvRequest.Table.values());

  /** A region and period, nothing else asked for yet. */
  public static AssessmentQuery of(String region, String period, boolean catchUp) {
    return new AssessmentQuery(region, period, catchUp, false, "", "", "", "");
  }

  /** The same, waiting for the read models or not. */
  public AssessmentQuery withCatchUp(boolean catchUp) {
    return new AssessmentQuery(region, period, catchUp, children, side, indicator, on, level);
  }

  /** The same, with or without the divisions right under the region. */
  public AssessmentQuery withChildren(boolean children) {
    return new AssessmentQuery(region, period, catchUp, children, side, indicator, on, level);
  }

  /**
   * The same, for one scorecard line: a side of {@link #SIDES} (or null) and an indicator (or
   * null).
   */
  public AssessmentQuery withLine(String side, String indicator) {
    return new AssessmentQuery(
        region, period, catchUp, children, nz(side), nz(indicator), on, level);
  }

  /** The same, with the stock's day and the rows' level (either may be null). */
  public AssessmentQuery withRows(String on, String level) {
    return new AssessmentQuery(
        region, period, catchUp, children, side, indicator, nz(on), nz(level));
  }

  /**
   * The contract's side: unspecified when none is given, which the hub refuses where one is needed.
   */
  Side wireSide() {
    return side.isEmpty() ? Side.SIDE_UNSPECIFIED : Words.parse(side, Side.values(), "side");
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
