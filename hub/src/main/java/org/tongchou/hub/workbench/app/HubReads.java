package org.tongchou.hub.workbench.app;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.DiffResult;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.GetPolicyRequest;
import org.tongchou.proto.v1.GetPublishedScorecardRequest;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.LinkRequestsServiceGrpc;
import org.tongchou.proto.v1.ListConflictsRequest;
import org.tongchou.proto.v1.ListLinkRequestsRequest;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListObligationsResponse;
import org.tongchou.proto.v1.ListPoliciesRequest;
import org.tongchou.proto.v1.ListPublishedScorecardsRequest;
import org.tongchou.proto.v1.ListedConflict;
import org.tongchou.proto.v1.ListedLinkRequest;
import org.tongchou.proto.v1.ObligationHistory;
import org.tongchou.proto.v1.PoliciesGrpc;
import org.tongchou.proto.v1.PolicySummary;
import org.tongchou.proto.v1.PolicyText;
import org.tongchou.proto.v1.PreviewReevaluationRequest;
import org.tongchou.proto.v1.PublishedScorecard;
import org.tongchou.proto.v1.ReevaluationPreviewServiceGrpc;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;

/**
 * What the workbench reads, each one RPC of the hub's own API made as the signed-in user: a refusal
 * arrives as the RPC's {@code StatusRuntimeException}, with its field violations.
 */
@Component
@ConditionalOnWebApplication
public class HubReads {

  private final OfficeChannel hub;

  HubReads(OfficeChannel hub) {
    this.hub = hub;
  }

  private AssessmentGrpc.AssessmentBlockingStub assessment(OfficeUser user) {
    return hub.stub(user, AssessmentGrpc::newBlockingStub);
  }

  /** {@code Assessment.GetScorecards}. */
  public List<Scorecard> scorecards(
      OfficeUser user, String region, String period, boolean children) {
    return assessment(user)
        .getScorecards(
            GetScorecardsRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setChildren(children)
                .build())
        .getScorecardsList();
  }

  /**
   * One page of the obligations behind a scorecard line, as {@code Assessment.ListObligations}
   * pages them (by obligation id): the first {@code size} after {@code token} ("" for the first
   * page).
   */
  public ListObligationsResponse obligationsPage(
      OfficeUser user,
      String region,
      String period,
      Side side,
      String indicator,
      String token,
      int size) {
    return assessment(user)
        .listObligations(
            ListObligationsRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setSide(side)
                .setIndicator(indicator)
                .setPageSize(size)
                .setPageToken(token)
                .build());
  }

  /** {@code Assessment.ExplainObligation}: the obligation, its events and the facts behind it. */
  public ObligationHistory explain(OfficeUser user, String obligationId) {
    return assessment(user)
        .explainObligation(
            ExplainObligationRequest.newBuilder()
                .setObligationId(obligationId)
                .setPurpose("workbench drill-down")
                .build());
  }

  /**
   * {@code Assessment.GetStatistics}: stock on {@code on} (empty: the period's last day), flows,
   * births and coverage of the period, in rows at {@code level} (empty: the level right under the
   * region).
   */
  public Statistics statistics(
      OfficeUser user, String region, String period, String on, String level) {
    return assessment(user)
        .getStatistics(
            GetStatisticsRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setOn(on)
                .setLevel(level)
                .build());
  }

  /** {@code Coordination.ListConflicts}; {@code status} empty for all. */
  public List<ListedConflict> conflicts(OfficeUser user, String region, String status) {
    return conflicts(user, region, status, false);
  }

  /**
   * {@code Coordination.ListConflicts}; with {@code catchUp} once the read models are current
   * (right after an act, so that the page shows it).
   */
  public List<ListedConflict> conflicts(
      OfficeUser user, String region, String status, boolean catchUp) {
    return hub.stub(user, CoordinationGrpc::newBlockingStub)
        .listConflicts(
            ListConflictsRequest.newBuilder()
                .setRegion(region)
                .setStatus(status)
                .setCatchUp(catchUp)
                .build())
        .getConflictsList();
  }

  /**
   * {@code LinkRequestsService.ListLinkRequests}: the link requests the user is a party to, within
   * {@code jurisdiction} (empty for the user's own); {@code status} empty for all.
   */
  public List<ListedLinkRequest> linkRequests(
      OfficeUser user, String jurisdiction, String status, boolean catchUp) {
    return hub.stub(user, LinkRequestsServiceGrpc::newBlockingStub)
        .listLinkRequests(
            ListLinkRequestsRequest.newBuilder()
                .setJurisdiction(jurisdiction)
                .setStatus(status)
                .setCatchUp(catchUp)
                .build())
        .getLinkRequestsList();
  }

  /** {@code Assessment.ExportCsv}: its file name and its bytes, exactly as the RPC streams them. */
  public Csv csv(OfficeUser user, ExportCsvRequest request) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String[] name = {""};
    assessment(user)
        .exportCsv(request)
        .forEachRemaining(
            chunk -> {
              if (!chunk.getFileName().isEmpty()) {
                name[0] = chunk.getFileName();
              }
              bytes.writeBytes(chunk.getData().toByteArray());
            });
    return new Csv(name[0], bytes.toByteArray());
  }

  /** {@code Policies.ListPolicies}: every version, oldest first. */
  public List<PolicySummary> policies(OfficeUser user) {
    return hub.stub(user, PoliciesGrpc::newBlockingStub)
        .listPolicies(ListPoliciesRequest.getDefaultInstance())
        .getPoliciesList();
  }

  /** {@code Policies.GetPolicy}: one version's text as published. */
  public PolicyText policy(OfficeUser user, String version) {
    return hub.stub(user, PoliciesGrpc::newBlockingStub)
        .getPolicy(GetPolicyRequest.newBuilder().setVersion(version).build());
  }

  /** {@code Replay.ListPublishedScorecards}; {@code period} empty for all. */
  public List<PublishedScorecard> published(OfficeUser user, String region, String period) {
    return hub.stub(user, ReplayGrpc::newBlockingStub)
        .listPublishedScorecards(
            ListPublishedScorecardsRequest.newBuilder().setRegion(region).setPeriod(period).build())
        .getScorecardsList();
  }

  /** {@code Replay.GetPublishedScorecard}: with its bytes. */
  public PublishedScorecard publishedScorecard(OfficeUser user, String id) {
    return hub.stub(user, ReplayGrpc::newBlockingStub)
        .getPublishedScorecard(GetPublishedScorecardRequest.newBuilder().setId(id).build());
  }

  /**
   * {@code ReevaluationPreviewService.PreviewReevaluation}: what re-evaluating the period under the
   * version would change (the diff, after the stream's progress messages).
   */
  public DiffResult previewReevaluation(
      OfficeUser user, String region, String period, String version) {
    DiffResult[] diff = {DiffResult.getDefaultInstance()};
    hub.stub(user, ReevaluationPreviewServiceGrpc::newBlockingStub)
        .previewReevaluation(
            PreviewReevaluationRequest.newBuilder()
                .setRegion(region)
                .setPeriod(period)
                .setPolicyVersion(version)
                .build())
        .forEachRemaining(
            m -> {
              if (m.hasDiff()) {
                diff[0] = m.getDiff();
              }
            });
    return diff[0];
  }

  /** A CSV table as {@code ExportCsv} gives it. */
  public record Csv(String fileName, byte[] bytes) {}
}
