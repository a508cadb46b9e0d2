package org.tongchou.hub.obligation.domain;

import org.tongchou.hub.policy.domain.Side;

/**
 * Obligations that share everything a scorecard's indicators and a worklist's counts look at, and
 * how many they are: a group of the read model's rows ({@code GROUP BY} in SQL), or one row on its
 * own ({@link #of}). Scoring groups gives the same figures as scoring their rows one by one, since
 * each row of a group is worth the same credit.
 *
 * @param policyVersion the version the obligations were opened under (their failure share)
 * @param openDispute disputed and not yet ruled on
 */
public record ObligationTally(
    String kind,
    Side side,
    String responsible,
    String owed,
    ObligationStatus status,
    String policyVersion,
    boolean openDispute,
    long count) {

  /** One row, as a group of one. */
  public static ObligationTally of(ObligationRow row) {
    return new ObligationTally(
        row.kind(),
        row.side(),
        row.responsible(),
        row.owed(),
        row.status(),
        row.policyVersion(),
        Obligation.Dispute.isOpen(row.dispute()),
        1);
  }
}
