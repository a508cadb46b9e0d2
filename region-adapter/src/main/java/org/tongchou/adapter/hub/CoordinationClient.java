package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.DisputeObligationRequest;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListConflictsResponse;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.RuleOnConflictRequest;
import org.tongchou.proto.v1.RuleOnDisputeRequest;
import org.tongchou.proto.v1.WaiveObligationRequest;

/**
 * The hub's {@code tongchou.v1.Coordination}: an office waives an obligation, rules on a dispute or
 * on a residence conflict, and lists the conflicts it may rule on; a region disputes an obligation.
 * The hub judges every value and who may; a refusal is a {@link HubCallException} naming the field.
 */
public final class CoordinationClient {

  private final HubClient hub;

  /** Over an open connection, which the caller keeps and closes. */
  public CoordinationClient(HubClient hub) {
    this.hub = hub;
  }

  /** Waives an obligation, with the office's reason. */
  public ActOutcome waive(String obligationId, String reason) throws HubCallException {
    WaiveObligationRequest request =
        WaiveObligationRequest.newBuilder().setObligationId(obligationId).setReason(reason).build();
    return obligation(Unary.call(() -> hub.coordination().waiveObligation(request)));
  }

  /** The responsible region disputes that an obligation is its own. */
  public ActOutcome dispute(String obligationId, String reason) throws HubCallException {
    DisputeObligationRequest request =
        DisputeObligationRequest.newBuilder()
            .setObligationId(obligationId)
            .setReason(reason)
            .build();
    return obligation(Unary.call(() -> hub.coordination().disputeObligation(request)));
  }

  /**
   * Rules on a dispute: upheld for {@code assignTo}, the region responsible instead, or dismissed
   * when {@code assignTo} is null.
   */
  public ActOutcome ruleOnDispute(String obligationId, String assignTo, String reason)
      throws HubCallException {
    RuleOnDisputeRequest request =
        RuleOnDisputeRequest.newBuilder()
            .setObligationId(obligationId)
            .setUpheld(assignTo != null)
            .setAssignTo(assignTo == null ? "" : assignTo)
            .setReason(reason)
            .build();
    return obligation(Unary.call(() -> hub.coordination().ruleOnDispute(request)));
  }

  /** Rules that on a conflict's contested days the person lived in {@code residenceRegion}. */
  public ActOutcome ruleOnConflict(
      String personKey, String conflictId, String residenceRegion, String reason)
      throws HubCallException {
    RuleOnConflictRequest request =
        RuleOnConflictRequest.newBuilder()
            .setPersonKey(personKey)
            .setConflictId(conflictId)
            .setResidenceRegion(residenceRegion)
            .setReason(reason)
            .build();
    ResidenceConflict ruled = Unary.call(() -> hub.coordination().ruleOnConflict(request));
    return ActOutcome.of("Conflict " + ruled.getConflictId(), ruled);
  }

  /**
   * The residence conflicts with either claim within a region, oldest first.
   *
   * @param status {@code open}, {@code ruled}, {@code final}, {@code withdrawn}, or empty for all
   * @param catchUp wait (up to 10 s) until the read models are current
   */
  public ListConflictsResponse conflicts(String region, String status, boolean catchUp)
      throws HubCallException {
    ListConflictsRequest request =
        ListConflictsRequest.newBuilder()
            .setRegion(region)
            .setStatus(status)
            .setCatchUp(catchUp)
            .build();
    return Unary.call(() -> hub.coordination().listConflicts(request));
  }

  private static ActOutcome obligation(Obligation answer) {
    return ActOutcome.of("Obligation " + answer.getObligationId(), answer);
  }
}
