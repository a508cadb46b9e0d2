package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.Decision;

/** A coordination office waives an obligation, with its reason; a final obligation cannot be. */
public final class Waivers {

  private Waivers() {}

  /**
   * An office waives an obligation.
   *
   * @param reason sealed with the person's key
   */
  public record Waiver(String obligationId, String office, String reason, Instant recordedAt) {}

  public static Decision decide(PersonObligations whom, Waiver waiver) {
    Optional<Obligation> found = whom.ledger().find(waiver.obligationId());
    if (found.isEmpty()) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.FAILED_PRECONDITION,
              "UNKNOWN_OBLIGATION",
              "obligation_id: this person has no obligation " + waiver.obligationId(),
              List.of()));
    }
    Obligation obligation = found.get();
    if (obligation.status().isFinal()) {
      return new Decision.Refused(
          Refusal.precondition(
              "OBLIGATION_FINAL",
              "obligation_id",
              waiver.obligationId() + " is already " + obligation.status().word()));
    }
    ObligationsChanged waived =
        EventHashes.seal(
            new ObligationsChanged(
                whom.personKey(),
                whom.person().sequence() + 1,
                List.of(
                    new ObligationChange.Waived(
                        waiver.obligationId(),
                        obligation.responsible(),
                        obligation.owed(),
                        waiver.office(),
                        waiver.reason())),
                "office:" + waiver.office(),
                waiver.recordedAt(),
                whom.person().lastHash(),
                null));
    return Decision.Accepted.of(List.of(waived));
  }
}
