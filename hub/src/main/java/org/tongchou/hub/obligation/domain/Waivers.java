package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonState;

/** A coordination office waives an obligation, with its reason; a final obligation cannot be. */
public final class Waivers {

  private Waivers() {}

  public static Decision decide(
      String personKey,
      PersonState person,
      ObligationLedger ledger,
      String obligationId,
      String office,
      String reason,
      Instant recordedAt) {
    Optional<Obligation> found = ledger.find(obligationId);
    if (found.isEmpty()) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.FAILED_PRECONDITION,
              "UNKNOWN_OBLIGATION",
              "obligation_id: this person has no obligation " + obligationId,
              List.of()));
    }
    Obligation obligation = found.get();
    if (obligation.status().isFinal()) {
      return new Decision.Refused(
          Refusal.precondition(
              "OBLIGATION_FINAL",
              "obligation_id",
              obligationId + " is already " + obligation.status().word()));
    }
    ObligationsChanged waived =
        EventHashes.seal(
            new ObligationsChanged(
                personKey,
                person.sequence() + 1,
                List.of(
                    new ObligationChange.Waived(
                        obligationId, obligation.responsible(), obligation.owed(), office, reason)),
                "office:" + office,
                recordedAt,
                person.lastHash(),
                null));
    return new Decision.Accepted(List.of(waived), Set.of());
  }
}
