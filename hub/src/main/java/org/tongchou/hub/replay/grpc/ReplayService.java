package org.tongchou.hub.replay.grpc;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.assessment.grpc.StatisticsMessages;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.grpc.PeriodField;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.app.PublishedScorecards;
import org.tongchou.hub.replay.app.ReplayDiffs;
import org.tongchou.hub.replay.app.Replayed;
import org.tongchou.hub.replay.app.ReplayedStatistics;
import org.tongchou.hub.replay.app.Replayer;
import org.tongchou.hub.replay.app.StatisticsReplayer;
import org.tongchou.hub.replay.app.TimelineReplayer;
import org.tongchou.hub.replay.domain.PublishedScorecard;
import org.tongchou.hub.replay.domain.ReplayRefused;
import org.tongchou.hub.replay.domain.ReplaySpec;
import org.tongchou.hub.statistics.domain.StatisticsQuestion;
import org.tongchou.proto.v1.AsOf;
import org.tongchou.proto.v1.DiffMessage;
import org.tongchou.proto.v1.DiffRequest;
import org.tongchou.proto.v1.DiffResult;
import org.tongchou.proto.v1.GetPublishedScorecardRequest;
import org.tongchou.proto.v1.ListPublishedScorecardsRequest;
import org.tongchou.proto.v1.ListPublishedScorecardsResponse;
import org.tongchou.proto.v1.PublishScorecardRequest;
import org.tongchou.proto.v1.ReplayGrpc;
import org.tongchou.proto.v1.ReplayMessage;
import org.tongchou.proto.v1.ReplayProgress;
import org.tongchou.proto.v1.ReplayRequest;
import org.tongchou.proto.v1.ReplayStatisticsMessage;
import org.tongchou.proto.v1.ReplayStatisticsRequest;
import org.tongchou.proto.v1.ReplayTimelinesMessage;
import org.tongchou.proto.v1.ReplayTimelinesRequest;

/** {@code tongchou.v1.Replay}: replays into scratch, diffs, and published scorecards. */
@Component
public class ReplayService extends ReplayGrpc.ReplayImplBase {

  private final Replayer replayer;
  private final StatisticsReplayer statistics;
  private final TimelineReplayer timelines;
  private final RecordedReads reads;
  private final ReplayDiffs diffs;
  private final PublishedScorecards published;
  private final RegionScope scope;
  private final RegionDirectory regions;

  ReplayService(
      Replayer replayer,
      StatisticsReplayer statistics,
      TimelineReplayer timelines,
      RecordedReads reads,
      ReplayDiffs diffs,
      PublishedScorecards published,
      RegionScope scope,
      RegionDirectory regions) {
    this.replayer = replayer;
    this.statistics = statistics;
    this.timelines = timelines;
    this.reads = reads;
    this.diffs = diffs;
    this.published = published;
    this.scope = scope;
    this.regions = regions;
  }

  @Override
  public void replayScorecards(ReplayRequest request, StreamObserver<ReplayMessage> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.auditorOnly(caller, "replay the log");
    Target target = target(caller, request.getRegion(), request.getPeriod(), request.getAsOf());
    ReplaySpec spec = target.spec(request.getPolicyVersion());
    Replayed replayed =
        refusing(
            () ->
                replayer.replay(
                    spec,
                    (done, total, rate) ->
                        response.onNext(
                            ReplayMessage.newBuilder()
                                .setProgress(progress("", done, total, rate))
                                .build())));
    response.onNext(
        ReplayMessage.newBuilder()
            .setResult(ReplayMapper.toProto(replayed, regions, target.publishedContent()))
            .build());
    response.onCompleted();
  }

  @Override
  public void diff(DiffRequest request, StreamObserver<DiffMessage> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.auditorOnly(caller, "diff replays");
    Target target = target(caller, request.getRegion(), request.getPeriod(), request.getAsOf());
    ReplayDiffs.Diff diff =
        refusing(
            () ->
                diffs.diff(
                    target.spec(request.getLeftPolicyVersion()),
                    target.spec(request.getRightPolicyVersion()),
                    (replay, done, total, rate) ->
                        response.onNext(
                            DiffMessage.newBuilder()
                                .setProgress(progress(replay, done, total, rate))
                                .build())));
    DiffResult.Builder result =
        DiffResult.newBuilder()
            .setLeft(ReplayMapper.toProto(diff.left(), regions, target.publishedContent()))
            .setRight(ReplayMapper.toProto(diff.right(), regions, target.publishedContent()));
    diff.differences().forEach(d -> result.addDifferences(ReplayMapper.toProto(d)));
    response.onNext(DiffMessage.newBuilder().setDiff(result).build());
    response.onCompleted();
  }

  @Override
  public void replayStatistics(
      ReplayStatisticsRequest request, StreamObserver<ReplayStatisticsMessage> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.auditorOnly(caller, "replay the log");
    String region = scope.check(caller, request.getRegion(), "region");
    CoveragePeriod.Labelled period = period(request.getPeriod());
    StatisticsQuestion question =
        StatisticsMessages.question(region, period, request.getOn(), request.getLevel(), regions);
    ReplaySpec spec = unpublished(region, period, request.getAsOf(), request.getPolicyVersion());
    ReplayedStatistics replayed =
        refusing(
            () ->
                statistics.replay(
                    spec,
                    question,
                    (done, total, rate) ->
                        response.onNext(
                            ReplayStatisticsMessage.newBuilder()
                                .setProgress(progress("", done, total, rate))
                                .build())));
    response.onNext(
        ReplayStatisticsMessage.newBuilder()
            .setResult(ReplayMapper.toProto(replayed, period.label(), regions))
            .build());
    response.onCompleted();
  }

  @Override
  public void replayTimelines(
      ReplayTimelinesRequest request, StreamObserver<ReplayTimelinesMessage> response) {
    Caller caller = CallerInterceptor.current();
    // Logged before the first timeline goes out. The subject names the question, not every person:
    // the replay is deterministic, so the same question gives the same persons again.
    ReplaySpec spec =
        reads.answer(
            caller,
            "Replay.ReplayTimelines",
            request.getPurpose(),
            subjects -> {
              subjects.add(
                  "timelines:"
                      + request.getRegion()
                      + "/"
                      + request.getOn()
                      + "@"
                      + asOfText(request.getAsOf()));
              CallerRoles.auditorOnly(caller, "replay the log");
              String region = scope.check(caller, request.getRegion(), "region");
              day(request.getOn());
              ReplaySpec asked = unpublished(region, null, request.getAsOf(), "");
              refusing(() -> replayer.upTo(asked));
              return asked;
            });
    LocalDate on = day(request.getOn());
    TimelineReplayer.Summary summary =
        refusing(
            () ->
                timelines.replay(
                    spec,
                    on,
                    t ->
                        response.onNext(
                            ReplayTimelinesMessage.newBuilder()
                                .setTimeline(ReplayMapper.toProto(t))
                                .build()),
                    (done, total, rate) ->
                        response.onNext(
                            ReplayTimelinesMessage.newBuilder()
                                .setProgress(progress("", done, total, rate))
                                .build())));
    response.onNext(
        ReplayTimelinesMessage.newBuilder().setSummary(ReplayMapper.toProto(summary)).build());
    response.onCompleted();
  }

  /**
   * A replay spec for a region as of a position or time; published scorecards name only scorecards.
   */
  private static ReplaySpec unpublished(
      String region, CoveragePeriod.Labelled period, AsOf asOf, String policyVersion) {
    if (!asOf.getPublishedId().isEmpty()) {
      throw RegionScope.invalid(
          "as_of.published_id",
          "names a published scorecard; replay statistics and "
              + "timelines as of a position or recorded time (a published scorecard's position, for one)");
    }
    if (asOf.getPosition() < 0) {
      throw RegionScope.invalid(
          "as_of.position", "a global log position, 1 or more (0: the log's end)");
    }
    return new ReplaySpec(
        region,
        period,
        asOf.getPosition(),
        asOf.hasRecordedAt() ? ProtoTime.instant(asOf.getRecordedAt()) : null,
        policyVersion.isEmpty() ? null : policyVersion,
        null);
  }

  private static String asOfText(AsOf asOf) {
    return "position="
        + asOf.getPosition()
        + ",recorded_at="
        + (asOf.hasRecordedAt() ? ProtoTime.instant(asOf.getRecordedAt()) : "");
  }

  private static LocalDate day(String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RegionScope.invalid("on", "'" + text + "' is no ISO date (YYYY-MM-DD)");
    }
  }

  @Override
  public void publishScorecard(
      PublishScorecardRequest request,
      StreamObserver<org.tongchou.proto.v1.PublishedScorecard> response) {
    Caller caller = CallerInterceptor.current();
    CallerRoles.officeOnly(caller, "publish a scorecard");
    String region = scope.check(caller, request.getRegion(), "region");
    CoveragePeriod.Labelled period = period(request.getPeriod());
    response.onNext(ReplayMapper.toProto(published.publish(region, period, caller.officeCode())));
    response.onCompleted();
  }

  @Override
  public void listPublishedScorecards(
      ListPublishedScorecardsRequest request,
      StreamObserver<ListPublishedScorecardsResponse> response) {
    Caller caller = CallerInterceptor.current();
    String region = scope.check(caller, request.getRegion(), "region");
    String period = request.getPeriod().isEmpty() ? null : period(request.getPeriod()).label();
    ListPublishedScorecardsResponse.Builder answer = ListPublishedScorecardsResponse.newBuilder();
    published.of(region, period).forEach(p -> answer.addScorecards(ReplayMapper.toProto(p)));
    response.onNext(answer.build());
    response.onCompleted();
  }

  @Override
  public void getPublishedScorecard(
      GetPublishedScorecardRequest request,
      StreamObserver<org.tongchou.proto.v1.PublishedScorecard> response) {
    Caller caller = CallerInterceptor.current();
    response.onNext(ReplayMapper.toProto(readable(caller, request.getId(), "id")));
    response.onCompleted();
  }

  /** Unknown and not-yours look the same, so that nobody can probe what was published where. */
  private PublishedScorecard readable(Caller caller, String id, String field) {
    if (id.isEmpty()) {
      throw RegionScope.invalid(field, "required: the id PublishScorecard returned");
    }
    return published
        .find(id)
        .filter(p -> scope.mayRead(caller, p.region()))
        .orElseThrow(
            () ->
                GrpcErrors.exception(
                    GrpcErrors.status(
                        Status.Code.NOT_FOUND,
                        "no published scorecard " + id + " that " + caller.describe() + " may read",
                        "PUBLISHED_SCORECARD_NOT_FOUND",
                        Map.of("id", id))));
  }

  /**
   * What a request replays: a region and period as of a position or time, or a published scorecard.
   */
  private record Target(
      String region,
      CoveragePeriod.Labelled period,
      long position,
      Instant recordedAt,
      PublishedScorecard published) {

    ReplaySpec spec(String policyVersion) {
      return new ReplaySpec(
          region,
          period,
          position,
          recordedAt,
          policyVersion.isEmpty() ? null : policyVersion,
          published == null ? null : published.publishedAt());
    }

    byte[] publishedContent() {
      return published == null ? null : published.content();
    }
  }

  private Target target(Caller caller, String region, String period, AsOf asOf) {
    if (!asOf.getPublishedId().isEmpty()) {
      PublishedScorecard p = readable(caller, asOf.getPublishedId(), "as_of.published_id");
      return new Target(p.region(), period(p.period()), p.position(), null, p);
    }
    if (asOf.getPosition() < 0) {
      throw RegionScope.invalid(
          "as_of.position", "a global log position, 1 or more (0: the log's end)");
    }
    return new Target(
        scope.check(caller, region, "region"),
        period(period),
        asOf.getPosition(),
        asOf.hasRecordedAt() ? ProtoTime.instant(asOf.getRecordedAt()) : null,
        null);
  }

  private static CoveragePeriod.Labelled period(String text) {
    return PeriodField.parse(text, "'" + text + "' is no period: " + PeriodField.FORMS);
  }

  private static ReplayProgress progress(String replay, long done, long total, double rate) {
    return ReplayProgress.newBuilder()
        .setReplay(replay)
        .setEventsDone(done)
        .setEventsTotal(total)
        .setEventsPerSecond(rate)
        .build();
  }

  private static <T> T refusing(Supplier<T> work) {
    try {
      return work.get();
    } catch (ReplayRefused e) {
      throw RegionScope.invalid(e.field(), e.getMessage());
    }
  }
}
