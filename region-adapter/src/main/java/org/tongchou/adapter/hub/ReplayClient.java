package org.tongchou.adapter.hub;

import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tongchou.proto.v1.DiffMessage;
import org.tongchou.proto.v1.DiffRequest;
import org.tongchou.proto.v1.DiffResult;
import org.tongchou.proto.v1.ReplayMessage;
import org.tongchou.proto.v1.ReplayProgress;
import org.tongchou.proto.v1.ReplayRequest;
import org.tongchou.proto.v1.ReplayResult;
import org.tongchou.proto.v1.ReplayStatisticsMessage;
import org.tongchou.proto.v1.ReplayStatisticsRequest;
import org.tongchou.proto.v1.ReplayTimelinesMessage;
import org.tongchou.proto.v1.ReplayTimelinesRequest;
import org.tongchou.proto.v1.ReplayedStatistics;
import org.tongchou.proto.v1.ReplayedTimeline;
import org.tongchou.proto.v1.ReplayedTimelinesSummary;

/**
 * The hub's {@code tongchou.v1.Replay} for an auditor: a replay or a diff, its progress handed to a
 * listener as it streams in, its one result returned. Every failure is a {@link HubCallException}.
 */
public final class ReplayClient {

  private final HubClient hub;
  private final Duration deadline;

  /** Over an open connection, which the caller keeps; {@code deadline} bounds each whole replay. */
  public ReplayClient(HubClient hub, Duration deadline) {
    this.hub = hub;
    this.deadline = deadline;
  }

  /**
   * A division's scorecards replayed as of {@code asOf}, under a policy version (empty: the
   * recorded decisions).
   */
  public ReplayResult replay(
      String region,
      String period,
      ReplayAsOf asOf,
      String policyVersion,
      Consumer<ReplayProgress> progress)
      throws HubCallException {
    ReplayRequest request =
        ReplayRequest.newBuilder()
            .setRegion(region)
            .setPeriod(period)
            .setAsOf(AuditRequests.asOf(asOf))
            .setPolicyVersion(policyVersion)
            .build();
    return lastOf(
        () -> hub.replay(deadline).replayScorecards(request),
        (ReplayMessage m) -> {
          if (m.hasProgress()) {
            progress.accept(m.getProgress());
          }
          return m.hasResult() ? m.getResult() : null;
        });
  }

  /**
   * Two replays of the same history, each under a policy version (empty: the recorded decisions),
   * compared.
   */
  public DiffResult diff(
      String region,
      String period,
      ReplayAsOf asOf,
      String leftPolicyVersion,
      String rightPolicyVersion,
      Consumer<ReplayProgress> progress)
      throws HubCallException {
    DiffRequest request =
        DiffRequest.newBuilder()
            .setRegion(region)
            .setPeriod(period)
            .setAsOf(AuditRequests.asOf(asOf))
            .setLeftPolicyVersion(leftPolicyVersion)
            .setRightPolicyVersion(rightPolicyVersion)
            .build();
    return lastOf(
        () -> hub.replay(deadline).diff(request),
        (DiffMessage m) -> {
          if (m.hasProgress()) {
            progress.accept(m.getProgress());
          }
          return m.hasDiff() ? m.getDiff() : null;
        });
  }

  /**
   * A division's statistics replayed as of {@code asOf}: the period of flows, births and coverage,
   * the stock's day and the rows' level (empty for the hub's defaults), the policy version (empty:
   * coverage as recorded).
   */
  public ReplayedStatistics statistics(
      String region,
      String period,
      String on,
      String level,
      ReplayAsOf asOf,
      String policyVersion,
      Consumer<ReplayProgress> progress)
      throws HubCallException {
    ReplayStatisticsRequest request =
        ReplayStatisticsRequest.newBuilder()
            .setRegion(region)
            .setPeriod(period)
            .setOn(on)
            .setLevel(level)
            .setAsOf(AuditRequests.asOf(asOf))
            .setPolicyVersion(policyVersion)
            .build();
    return lastOf(
        () -> hub.replay(deadline).replayStatistics(request),
        (ReplayStatisticsMessage m) -> {
          if (m.hasProgress()) {
            progress.accept(m.getProgress());
          }
          return m.hasResult() ? m.getResult() : null;
        });
  }

  /**
   * The persons who lived in a division (on {@code on}, or ever when empty) as known at {@code
   * asOf}, each handed to {@code each} as it streams in; the summary returned.
   */
  public ReplayedTimelinesSummary timelines(
      String region,
      String on,
      ReplayAsOf asOf,
      String purpose,
      Consumer<ReplayedTimeline> each,
      Consumer<ReplayProgress> progress)
      throws HubCallException {
    ReplayTimelinesRequest request =
        ReplayTimelinesRequest.newBuilder()
            .setRegion(region)
            .setOn(on)
            .setAsOf(AuditRequests.asOf(asOf))
            .setPurpose(purpose)
            .build();
    return lastOf(
        () -> hub.replay(deadline).replayTimelines(request),
        (ReplayTimelinesMessage m) -> {
          if (m.hasProgress()) {
            progress.accept(m.getProgress());
          } else if (m.hasTimeline()) {
            each.accept(m.getTimeline());
          }
          return m.hasSummary() ? m.getSummary() : null;
        });
  }

  /**
   * Reads a replay's stream to its end: {@code handle} takes each message and returns the result
   * when the message is it (else null). A stream that ends without one is DATA_LOSS.
   */
  private static <M, R> R lastOf(Supplier<Iterator<M>> call, Function<M, R> handle)
      throws HubCallException {
    try {
      Iterator<M> messages = call.get();
      R result = null;
      while (messages.hasNext()) {
        R r = handle.apply(messages.next());
        if (r != null) {
          result = r;
        }
      }
      if (result == null) {
        throw new HubCallException(
            "DATA_LOSS", "the hub ended the replay without a result", List.of());
      }
      return result;
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }
}
