package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.Set;
import org.tongchou.hub.policy.domain.Side;

/**
 * What the facts say an obligation should be, today: the terms and the status that {@link
 * Reconciliation} compares with the ledger.
 */
record Expected(
    String subject,
    String kind,
    Side side,
    String responsible,
    String owed,
    LocalDate opensOn,
    LocalDate dueOn,
    String policyVersion,
    String openedBy,
    String period,
    ObligationStatus status,
    String evidence,
    LocalDate settledOn,
    int dueSoonDays) {

  /** The days on which time alone changes this obligation: due soon, then overdue. */
  void wakeUps(Set<LocalDate> into) {
    wakeUps(status, dueOn, dueSoonDays, into);
  }

  /** The same for an obligation already in the ledger, in its status. */
  static void wakeUps(
      ObligationStatus status, LocalDate dueOn, int dueSoonDays, Set<LocalDate> into) {
    if (status == ObligationStatus.OPEN) {
      into.add(dueOn.minusDays(dueSoonDays));
    }
    if (status.isPending()) {
      into.add(dueOn.plusDays(1));
    }
  }
}
