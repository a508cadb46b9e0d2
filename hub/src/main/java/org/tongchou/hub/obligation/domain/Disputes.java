package org.tongchou.hub.obligation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  /**
   * The responsible region says a duty is not its own.
   *
   * @param jurisdiction the disputing region's
   * @param reason sealed with the person's key
   */
  public record Dispute(
      String obligationId, String jurisdiction, String reason, Instant recordedAt) {}

  /**
   * An office rules on a dispute: {@code upheld} with the region responsible instead ({@code
   * assignTo}), or dismissed.
   *
   * @param officeJurisdiction the ruling office's jurisdiction; null for the national office
   * @param reason sealed with the person's key
   */
  public record Ruling(
      String obligationId,
      boolean upheld,
      String assignTo,
      String office,
      String officeJurisdiction,
      String reason,
      Instant recordedAt) {}

  public static Decision dispute(PersonObligations whom, Dispute dispute, RegionDirectory regions) {
    Optional<Obligation> found = whom.ledger().find(dispute.obligationId());
    Optional<Refusal> refusal = open(found, dispute.obligationId());
    if (refusal.isPresent()) {
      return new Decision.Refused(refusal.get());
    }
    Obligation obligation = found.get();
    if (!regions.isWithin(obligation.responsible(), dispute.jurisdiction())) {
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
              dispute.obligationId() + " is disputed already, waiting for an office's ruling"));
    }
    return accepted(
        whom.personKey(),
        whom.person(),
        new ObligationChange.Disputed(
            dispute.obligationId(),
            obligation.responsible(),
            obligation.owed(),
            dispute.jurisdiction(),
            dispute.reason()),
        "region:" + dispute.jurisdiction(),
        dispute.recordedAt());
  }

  public static Decision rule(PersonObligations whom, Ruling ruling, RegionDirectory regions) {
    Optional<Obligation> found = whom.ledger().find(ruling.obligationId());
    Optional<Refusal> refusal = open(found, ruling.obligationId());
    if (refusal.isPresent()) {
      return new Decision.Refused(refusal.get());
    }
    Obligation obligation = found.get();
    if (obligation.dispute() != Obligation.Dispute.DISPUTED) {
      return new Decision.Refused(
          Refusal.precondition(
              "NO_OPEN_DISPUTE",
              "obligation_id",
              ruling.obligationId() + " has no dispute waiting for a ruling"));
    }
    if (ruling.upheld()
        && (ruling.assignTo() == null
            || !regions.isKnown(ruling.assignTo())
            || ruling.assignTo().equals(obligation.responsible()))) {
      return new Decision.Refused(
          Refusal.invalid(
              List.of(
                  new FieldViolation(
                      "assign_to",
                      "an upheld dispute names the region responsible instead: a division code other than "
                          + obligation.responsible()))));
    }
    boolean covers =
        ruling.officeJurisdiction() == null
            || regions.isWithin(obligation.responsible(), ruling.officeJurisdiction())
                && (!ruling.upheld()
                    || regions.isWithin(ruling.assignTo(), ruling.officeJurisdiction()));
    if (!covers) {
      return new Decision.Refused(
          new Refusal(
              Refusal.Kind.PERMISSION_DENIED,
              "OUTSIDE_JURISDICTION",
              "obligation_id: office "
                  + ruling.office()
                  + " is not over "
                  + obligation.responsible()
                  + (ruling.upheld() ? " and " + ruling.assignTo() : ""),
              List.of(new FieldViolation("obligation_id", "outside your jurisdiction"))));
    }
    return accepted(
        whom.personKey(),
        whom.person(),
        new ObligationChange.DisputeRuled(
            ruling.obligationId(),
            obligation.responsible(),
            obligation.owed(),
            ruling.upheld(),
            ruling.upheld() ? ruling.assignTo() : null,
            ruling.office(),
            ruling.reason()),
        "office:" + ruling.office(),
        ruling.recordedAt());
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
    return Decision.Accepted.of(
        List.of(
            EventHashes.seal(
                new ObligationsChanged(
                    personKey,
                    person.sequence() + 1,
                    List.of(change),
                    cause,
                    recordedAt,
                    person.lastHash(),
                    null))));
  }
}
