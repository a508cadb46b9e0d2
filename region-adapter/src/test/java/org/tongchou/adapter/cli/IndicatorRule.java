package org.tongchou.adapter.cli;

import java.util.List;
import org.tongchou.proto.v1.Side;

/**
 * A scorecard line the simulated-workload test checks, as the national policy defines it
 * (hub/src/main/resources/policy/national-2009.1.yaml; Jiangsu's override keeps these lines): the
 * kind it rates, whether the province is the responsible or the owed side of those obligations, and
 * whether a late one counts.
 */
public record IndicatorRule(
    Side side, String indicator, String kind, boolean owedParty, boolean lateCounts) {

  public static final List<IndicatorRule> CHECKED =
      List.of(
          new IndicatorRule(
              Side.INFLOW, "certificate-verification", "certificate-verification", false, false),
          new IndicatorRule(Side.INFLOW, "birth-registration", "birth-registration", false, false),
          new IndicatorRule(
              Side.INFLOW, "verification-follow-up", "verification-answer", true, true),
          new IndicatorRule(
              Side.OUTFLOW, "verification-feedback-rate", "verification-answer", false, true),
          new IndicatorRule(
              Side.OUTFLOW,
              "verification-feedback-timeliness",
              "verification-answer",
              false,
              false),
          new IndicatorRule(
              Side.OUTFLOW, "certificate-issuance", "certificate-issuance", false, false),
          new IndicatorRule(
              Side.OUTFLOW, "birth-acknowledgement", "birth-acknowledgement", false, false),
          new IndicatorRule(
              Side.OUTFLOW, "birth-registration", "birth-registration", false, false));

  /** One line per kind and side, enough to list every obligation of the compared kinds once. */
  public static final List<IndicatorRule> LISTING =
      CHECKED.stream()
          .filter(
              rule ->
                  !rule.owedParty() && !rule.indicator().equals("verification-feedback-timeliness"))
          .toList();

  /** The side, as the ground truth writes it. */
  public String sideWord() {
    return side == Side.INFLOW ? "inflow" : "outflow";
  }

  /** The ground truth's side of the obligations this line lists. */
  public String obligationSide() {
    return owedParty ? (side == Side.INFLOW ? "outflow" : "inflow") : sideWord();
  }

  public boolean counts(String status) {
    return status.equals("met-on-time") || lateCounts && status.equals("met-late");
  }
}
