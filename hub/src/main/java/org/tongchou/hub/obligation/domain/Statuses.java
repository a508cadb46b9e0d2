package org.tongchou.hub.obligation.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.tongchou.hub.policy.domain.EffectivePolicy;
import org.tongchou.hub.policy.domain.Side;

/**
 * The status rule, in one place: met on time when the evidence's date is on or before the due date,
 * met late after it; without evidence, overdue once the due date has passed, due soon in the
 * policy's last days before it, open before that.
 */
final class Statuses {

  private Statuses() {}

  static ObligationStatus of(LocalDate settledOn, LocalDate due, int dueSoonDays, LocalDate today) {
    if (settledOn != null) {
      return settledOn.isAfter(due) ? ObligationStatus.MET_LATE : ObligationStatus.MET_ON_TIME;
    }
    if (today.isAfter(due)) {
      return ObligationStatus.OVERDUE;
    }
    return today.isBefore(due.minusDays(dueSoonDays))
        ? ObligationStatus.OPEN
        : ObligationStatus.DUE_SOON;
  }

  /**
   * What a rule calls for, before the evidence and the day judge it: a duty of {@code kind} about
   * {@code subject}, binding {@code responsible} (scored in role {@code side}) towards {@code
   * owed}, open from {@code opensOn}, due on {@code dueOn}.
   *
   * @param openedBy the record key of the fact that opens it (for coverage duties: the arrival)
   * @param period the coverage period's name; null for other duties
   */
  record Terms(
      String subject,
      String kind,
      Side side,
      String responsible,
      String owed,
      LocalDate opensOn,
      LocalDate dueOn,
      String openedBy,
      String period) {}

  /**
   * The duty {@code terms} describe, under {@code policy}, met by {@code met} or not, as of today.
   */
  static Expected expected(
      Terms terms, EffectivePolicy policy, Optional<EvidenceSearch.Found> met, LocalDate today) {
    LocalDate settled = met.map(EvidenceSearch.Found::settledOn).orElse(null);
    return new Expected(
        terms.subject(),
        terms.kind(),
        terms.side(),
        terms.responsible(),
        terms.owed(),
        terms.opensOn(),
        terms.dueOn(),
        policy.version(),
        terms.openedBy(),
        terms.period(),
        of(settled, terms.dueOn(), policy.dueSoonDays(), today),
        met.map(f -> f.fact().key()).orElse(null),
        settled,
        policy.dueSoonDays());
  }
}
