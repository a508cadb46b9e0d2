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

  static Expected expected(
      String subject,
      String kind,
      Side side,
      String responsible,
      String owed,
      LocalDate opensOn,
      LocalDate due,
      EffectivePolicy policy,
      String openedBy,
      String period,
      Optional<EvidenceSearch.Found> met,
      LocalDate today) {
    LocalDate settled = met.map(EvidenceSearch.Found::settledOn).orElse(null);
    return new Expected(
        subject,
        kind,
        side,
        responsible,
        owed,
        opensOn,
        due,
        policy.version(),
        openedBy,
        period,
        of(settled, due, policy.dueSoonDays(), today),
        met.map(f -> f.fact().key()).orElse(null),
        settled,
        policy.dueSoonDays());
  }
}
