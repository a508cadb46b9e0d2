package org.tongchou.hub.replay.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.grpc.PeriodField;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.app.ReplayDiffs;
import org.tongchou.hub.replay.domain.ObligationDifference;
import org.tongchou.hub.replay.domain.ObligationOutcome;
import org.tongchou.hub.replay.domain.ReplayRefused;
import org.tongchou.hub.replay.domain.ReplaySpec;
import org.tongchou.proto.v1.DiffResult;
import org.tongchou.proto.v1.PreviewReevaluationRequest;
import org.tongchou.proto.v1.PreviewReevaluationResponse;
import org.tongchou.proto.v1.ReevaluationPreviewServiceGrpc;
import org.tongchou.proto.v1.ReplayProgress;

/**
 * {@code tongchou.v1.ReevaluationPreviewService}: the replay diff (recorded decisions against a
 * policy version) of the obligations a re-evaluation would touch, for the office over the division;
 * the same replays as {@code Replay.Diff}, which only auditors may call.
 */
@Component
public class ReevaluationPreviewService
    extends ReevaluationPreviewServiceGrpc.ReevaluationPreviewServiceImplBase {

  static final String ACTION = "ReevaluationPreviewService.PreviewReevaluation";

  private final ReplayDiffs diffs;
  private final RegionScope scope;
  private final RegionDirectory regions;
  private final RecordedReads reads;

  ReevaluationPreviewService(
      ReplayDiffs diffs, RegionScope scope, RegionDirectory regions, RecordedReads reads) {
    this.diffs = diffs;
    this.scope = scope;
    this.regions = regions;
    this.reads = reads;
  }

  @Override
  public void previewReevaluation(
      PreviewReevaluationRequest request, StreamObserver<PreviewReevaluationResponse> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.officeOnly(caller, "preview a re-evaluation");
    // The differences name persons (pseudonymously): logged before they are sent.
    DiffResult result =
        reads.answer(
            caller,
            ACTION,
            "",
            subjects -> {
              subjects.add(
                  "reevaluation:"
                      + request.getRegion()
                      + "/"
                      + request.getPeriod()
                      + "/"
                      + request.getPolicyVersion());
              return preview(caller, request, response);
            });
    response.onNext(PreviewReevaluationResponse.newBuilder().setDiff(result).build());
    response.onCompleted();
  }

  private DiffResult preview(
      Caller caller,
      PreviewReevaluationRequest request,
      StreamObserver<PreviewReevaluationResponse> response) {
    String region = scope.check(caller, request.getRegion(), "region");
    CoveragePeriod.Labelled period =
        PeriodField.parse(
            request.getPeriod(),
            "'" + request.getPeriod() + "' is no period: " + PeriodField.FORMS);
    if (request.getPolicyVersion().isBlank()) {
      throw RegionScope.invalid("policy_version", "required: the version to apply");
    }
    ReplaySpec recorded = new ReplaySpec(region, period, 0, null, null, null);
    // As the re-evaluation applies it: a national version alone brings no override with it.
    String version = request.getPolicyVersion();
    ReplaySpec underVersion =
        new ReplaySpec(
            region, period, 0, null, version.contains("+") ? version : version + "+", null);
    ReplayDiffs.Diff diff;
    try {
      diff =
          diffs.diff(
              recorded,
              underVersion,
              (replay, done, total, rate) ->
                  response.onNext(
                      PreviewReevaluationResponse.newBuilder()
                          .setProgress(
                              ReplayProgress.newBuilder()
                                  .setReplay(replay)
                                  .setEventsDone(done)
                                  .setEventsTotal(total)
                                  .setEventsPerSecond(rate))
                          .build()));
    } catch (ReplayRefused e) {
      throw RegionScope.invalid(e.field(), e.getMessage());
    }
    DiffResult.Builder result =
        DiffResult.newBuilder()
            .setLeft(ReplayMapper.toProto(diff.left(), regions, null))
            .setRight(ReplayMapper.toProto(diff.right(), regions, null));
    diff.differences().stream()
        .filter(d -> binds(d, region))
        .forEach(d -> result.addDifferences(ReplayMapper.toProto(d)));
    return result.build();
  }

  /** Whether the re-evaluation of {@code region} touches it: responsible inside on either side. */
  private boolean binds(ObligationDifference d, String region) {
    return inside(d.left(), region) || inside(d.right(), region);
  }

  private boolean inside(ObligationOutcome outcome, String region) {
    return outcome != null && regions.isWithin(outcome.row().responsible(), region);
  }
}
