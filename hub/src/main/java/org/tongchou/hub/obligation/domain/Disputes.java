package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * A region disputes that a duty is its own; a coordination office over it rules. Upheld, the duty
 * moves to the region the office names (and the reconciliation that follows reassigns it, naming
 * the office); dismissed, nothing changes.
 */
public final class Disputes {

  private Disputes() {}

  public static Decision dispute(
      String personKey,
      PersonState person,
      ObligationLedger ledger,
      String obligationId,
      String jurisdiction,
      RegionDirectory regions,
      String reason,
      Instant recordedAt) {
    Optional<Obligation> found = ledger.find(obligationId);
    Optional<Refusal> refusal = open(found, obligationId);
    if (refusal.isPresent()) {
      return new Decision.Refused(refusal.get());
    }
    Obligation obligation = found.get();
    if (!regions.isWithin(obligation.responsible(), jurisdiction)) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.PERMISSION_DENIED,
              "NOT_RESPONSIBLE",
              "obligation_id: only the responsible region "
                  + obligation.responsible()
                  + " may dispute it",
              List.of(
                  new FieldViolation(
                      "obligation_id", "binds " + obligation.responsible() + ", not you"))));
    }
    if (obligation.dispute() == Obligation.Dispute.DISPUTED) {
      return new Decision.Refused(
          Refusal.precondition(
              "DISPUTE_OPEN",
              "obligation_id",
              obligationId + " is disputed already, waiting for an office's ruling"));
    }
    return accepted(
        personKey,
        person,
        new ObligationChange.Disputed(
            obligationId, obligation.responsible(), obligation.owed(), jurisdiction, reason),
        "region:" + jurisdiction,
        recordedAt);
  }

  /**
   * @param officeJurisdiction the ruling office's jurisdiction; null for the national office
   */
  public static Decision rule(
      String personKey,
      PersonState person,
      ObligationLedger ledger,
      String obligationId,
      boolean upheld,
      String assignTo,
      String office,
      String officeJurisdiction,
      RegionDirectory regions,
      String reason,
      Instant recordedAt) {
    Optional<Obligation> found = ledger.find(obligationId);
    Optional<Refusal> refusal = open(found, obligationId);
    if (refusal.isPresent()) {
      return new Decision.Refused(refusal.get());
    }
    Obligation obligation = found.get();
    if (obligation.dispute() != Obligation.Dispute.DISPUTED) {
      return new Decision.Refused(
          Refusal.precondition(
              "NO_OPEN_DISPUTE",
              "obligation_id",
              obligationId + " has no dispute waiting for a ruling"));
    }
    if (upheld
        && (assignTo == null
            || !regions.isKnown(assignTo)
            || assignTo.equals(obligation.responsible()))) {
      return new Decision.Refused(
          Refusal.invalid(
              List.of(
                  new FieldViolation(
                      "assign_to",
                      "an upheld dispute names the region responsible instead: a division code other than "
                          + obligation.responsible()))));
    }
    boolean covers =
        officeJurisdiction == null
            || regions.isWithin(obligation.responsible(), officeJurisdiction)
                && (!upheld || regions.isWithin(assignTo, officeJurisdiction));
    if (!covers) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.PERMISSION_DENIED,
              "OUTSIDE_JURISDICTION",
              "obligation_id: office "
                  + office
                  + " is not over "
                  + obligation.responsible()
                  + (upheld ? " and " + assignTo : ""),
              List.of(new FieldViolation("obligation_id", "outside your jurisdiction"))));
    }
    return accepted(
        personKey,
        person,
        new ObligationChange.DisputeRuled(
            obligationId,
            obligation.responsible(),
            obligation.owed(),
            upheld,
            upheld ? assignTo : null,
            office,
            reason),
        "office:" + office,
        recordedAt);
  }

  private static Optional<Refusal> open(Optional<Obligation> found, String obligationId) {
    if (found.isEmpty()) {
      return Optional.of(
          Refusal.precondition(
              "UNKNOWN_OBLIGATION",
              "obligation_id",
              "this person has no obligation " + obligationId));
    }
    ObligationStatus status = found.get().status();
    if (status.isClosed()) {
      return Optional.of(
          Refusal.precondition(
              "OBLIGATION_FINAL",
              "obligation_id",
              obligationId + " is " + status.word() + " already"));
    }
    return Optional.empty();
  }

  private static Decision accepted(
      String personKey,
      PersonState person,
      ObligationChange change,
      String cause,
      Instant recordedAt) {
    return new Decision.Accepted(
        List.of(
            EventHashes.seal(
                new ObligationsChanged(
                    personKey,
                    person.sequence() + 1,
                    List.of(change),
                    cause,
                    recordedAt,
                    person.lastHash(),
                    null))),
        Set.of());
  }
}
