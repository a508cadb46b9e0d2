package org.tongchou.hub.workbench.app;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.EndLinkRequest;
import org.tongchou.proto.v1.IdentitiesGrpc;
import org.tongchou.proto.v1.IdentityLinkState;
import org.tongchou.proto.v1.LinkRequest;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.PoliciesGrpc;
import org.tongchou.proto.v1.PublishPolicyRequest;
import org.tongchou.proto.v1.PublishPolicyResponse;
import org.tongchou.proto.v1.PublishScorecardRequest;
import org.tongchou.proto.v1.PublishedScorecard;
import org.tongchou.proto.v1.ReevaluatePeriodRequest;
import org.tongchou.proto.v1.ReevaluatePeriodResponse;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.RuleOnConflictRequest;
import org.tongchou.proto.v1.RuleOnDisputeRequest;
import org.tongchou.proto.v1.WaiveObligationRequest;

/**
 * What an office does from the workbench, each one RPC of the hub's own API made as the signed-in
 * user: the RPC validates, decides and refuses (its {@code StatusRuntimeException} names each bad
 * field), the workbench only carries the form to it.
 */
@Component
@ConditionalOnWebApplication
public class HubActs {

  private final OfficeChannel hub;

  HubActs(OfficeChannel hub) {
    this.hub = hub;
  }

  private CoordinationGrpc.CoordinationBlockingStub coordination(OfficeUser user) {
    return hub.stub(user, CoordinationGrpc::newBlockingStub);
  }

  /** {@code Coordination.RuleOnConflict}. */
  public ResidenceConflict ruleOnConflict(
      OfficeUser user, String personKey, String conflictId, String residenceRegion, String reason) {
    return coordination(user)
        .ruleOnConflict(
            RuleOnConflictRequest.newBuilder()
                .setPersonKey(personKey)
                .setConflictId(conflictId)
                .setResidenceRegion(residenceRegion)
                .setReason(reason)
                .build());
  }

  /** {@code Coordination.RuleOnDispute}; {@code assignTo} only counts when upheld. */
  public Obligation ruleOnDispute(
      OfficeUser user, String obligationId, boolean upheld, String assignTo, String reason) {
    return coordination(user)
        .ruleOnDispute(
            RuleOnDisputeRequest.newBuilder()
                .setObligationId(obligationId)
                .setUpheld(upheld)
                .setAssignTo(assignTo)
                .setReason(reason)
                .build());
  }

  /** {@code Coordination.WaiveObligation}. */
  public Obligation waive(OfficeUser user, String obligationId, String reason) {
    return coordination(user)
        .waiveObligation(
            WaiveObligationRequest.newBuilder()
                .setObligationId(obligationId)
                .setReason(reason)
                .build());
  }

  /** {@code Policies.PublishPolicy}: the YAML as uploaded. */
  public PublishPolicyResponse publishPolicy(OfficeUser user, String text) {
    return hub.stub(user, PoliciesGrpc::newBlockingStub)
        .publishPolicy(PublishPolicyRequest.newBuilder().setText(text).build());
  }

  /** {@code Replay.PublishScorecard}. */
  public PublishedScorecard publishScorecard(OfficeUser user, String region, String period) {
    return hub.stub(user, ReplayGrpc::newBlockingStub)
        .publishScorecard(
            PublishScorecardRequest.newBuilder().setRegion(region).setPeriod(period).build());
  }

  /** {@code Policies.ReevaluatePeriod}. */
  public ReevaluatePeriodResponse reevaluate(
      OfficeUser user, String region, String period, String version, String reason) {
    return hub.stub(user, PoliciesGrpc::newBlockingStub)
        .reevaluatePeriod(
            ReevaluatePeriodRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setPolicyVersion(version)
                .setReason(reason)
                .build());
  }

  private IdentitiesGrpc.IdentitiesBlockingStub identities(OfficeUser user) {
    return hub.stub(user, IdentitiesGrpc::newBlockingStub);
  }

  /** {@code Identities.ConfirmLink}. */
  public IdentityLinkState confirmLink(OfficeUser user, String linkId) {
    return identities(user).confirmLink(LinkRequest.newBuilder().setLinkId(linkId).build());
  }

  /** {@code Identities.DeclineLink}. */
  public IdentityLinkState declineLink(OfficeUser user, String linkId, String reason) {
    return identities(user)
        .declineLink(EndLinkRequest.newBuilder().setLinkId(linkId).setReason(reason).build());
  }

  /** {@code Identities.SplitLink}. */
  public IdentityLinkState splitLink(OfficeUser user, String linkId, String reason) {
    return identities(user)
        .splitLink(EndLinkRequest.newBuilder().setLinkId(linkId).setReason(reason).build());
  }
}
