package org.tongchou.hub.assessment.domain;

import java.math.BigDecimal;
import java.util.Optional;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.policy.domain.FailureShare;
import org.tongchou.hub.policy.domain.Indicator;

/**
 * What one obligation is worth to one side's indicator: 1 when it ended in a status the indicator
 * counts; when it failed (overdue, or met late where only on-time counts), 1 less the side's
 * failure share (一地问题两地有责); nothing while it is pending or when it was waived, reassigned or
 * withdrawn (it is then no part of the rate).
 */
public final class Credit {

  private Credit() {}

  public enum Standing {
    COUNTED,
    FAILED,
    PENDING,
    EXCLUDED
  }

  public static Standing standing(ObligationStatus status, Indicator indicator) {
    if (status.isPending()) {
      return Standing.PENDING;
    }
    if (status.isClosed()) {
      return Standing.EXCLUDED;
    }
    return indicator.counts().contains(status.word()) ? Standing.COUNTED : Standing.FAILED;
  }

  public static Optional<BigDecimal> of(
      ObligationStatus status, Indicator indicator, FailureShare share) {
    return switch (standing(status, indicator)) {
      case COUNTED -> Optional.of(BigDecimal.ONE);
      case FAILED ->
          Optional.of(
              BigDecimal.ONE.subtract(
                  indicator.partyOrResponsible() == Indicator.Role.OWED
                      ? share.owed()
                      : share.responsible()));
      case PENDING, EXCLUDED -> Optional.empty();
    };
  }
}
