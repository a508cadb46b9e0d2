package org.tongchou.workload.simulate;

import java.time.LocalDate;

/**
 * An obligation the hub must hold, and how it must end.
 *
 * @param kind the policy's kind, e.g. {@code certificate-verification}
 * @param side {@code inflow} for duties of the residence place, {@code outflow} for those of the
 *     registration place: the scorecard role it counts in
 * @param responsible the county that must act
 * @param owed the county it is owed to
 * @param openedBy the record key {@code county/recordId} of the fact that opened it
 * @param dueOn the last day on which it is met on time (ISO date)
 * @param status {@code met-on-time}, {@code met-late} or {@code overdue}
 */
public record ExpectedObligation(
    String kind,
    String side,
    String responsible,
    String owed,
    String openedBy,
    String dueOn,
    String status) {

  /**
   * Met on time by evidence dated on or before the due day, late after it; overdue without
   * evidence.
   */
  static ExpectedObligation settled(
      String kind,
      String side,
      String responsible,
      String owed,
      SimFact opening,
      LocalDate dueOn,
      LocalDate evidenceOn) {
    String status =
        evidenceOn == null ? "overdue" : evidenceOn.isAfter(dueOn) ? "met-late" : "met-on-time";
    return new ExpectedObligation(
        kind, side, responsible, owed, opening.key(), dueOn.toString(), status);
  }
}
