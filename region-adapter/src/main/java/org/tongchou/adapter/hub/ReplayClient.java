package org.tongchou.adapter.hub;

import io.grpc.StatusRuntimeException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
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

  /** A division's scorecards replayed as of {@code asOf}, under a policy version (empty: the recorded decisions). */
  public ReplayResult replay(String region, String period, ReplayAsOf asOf, String policyVersion,
      Consumer<ReplayProgress> progress) throws HubCallException {
    ReplayRequest request = ReplayRequest.newBuilder().setRegion(region).setPeriod(period)
        .setAsOf(AuditRequests.asOf(asOf)).setPolicyVersion(policyVersion).build();
    try {
      Iterator<ReplayMessage> messages = hub.replay(deadline).replayScorecards(request);
      ReplayResult result = null;
      while (messages.hasNext()) {
        ReplayMessage m = messages.next();
        if (m.hasProgress()) {
          progress.accept(m.getProgress());
        } else if (m.hasResult()) {
          result = m.getResult();
        }
      }
      return required(result);
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  /** Two replays of the same history, each under a policy version (empty: the recorded decisions), compared. */
  public DiffResult diff(String region, String period, ReplayAsOf asOf, String leftPolicyVersion,
      String rightPolicyVersion, Consumer<ReplayProgress> progress) throws HubCallException {
    DiffRequest request = DiffRequest.newBuilder().setRegion(region).setPeriod(period)
        .setAsOf(AuditRequests.asOf(asOf)).setLeftPolicyVersion(leftPolicyVersion)
        .setRightPolicyVersion(rightPolicyVersion).build();
    try {
      Iterator<DiffMessage> messages = hub.replay(deadline).diff(request);
      DiffResult result = null;
      while (messages.hasNext()) {
        DiffMessage m = messages.next();
        if (m.hasProgress()) {
          progress.accept(m.getProgress());
        } else if (m.hasDiff()) {
          result = m.getDiff();
        }
      }
      return required(result);
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  /**
   * A division's statistics replayed as of {@code asOf}: the period of flows, births and coverage,
   * the stock's day and the rows' level (empty for the hub's defaults), the policy version (empty:
   * coverage as recorded).
   */
  public ReplayedStatistics statistics(String region, String period, String on, String level, ReplayAsOf asOf,
      String policyVersion, Consumer<ReplayProgress> progress) throws HubCallException {
    ReplayStatisticsRequest request = ReplayStatisticsRequest.newBuilder().setRegion(region).setPeriod(period)
        .setOn(on).setLevel(level).setAsOf(AuditRequests.asOf(asOf)).setPolicyVersion(policyVersion).build();
    try {
      Iterator<ReplayStatisticsMessage> messages = hub.replay(deadline).replayStatistics(request);
      ReplayedStatistics result = null;
      while (messages.hasNext()) {
        ReplayStatisticsMessage m = messages.next();
        if (m.hasProgress()) {
          progress.accept(m.getProgress());
        } else if (m.hasResult()) {
          result = m.getResult();
        }
      }
      return required(result);
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  /**
   * The persons who lived in a division (on {@code on}, or ever when empty) as known at
   * {@code asOf}, each handed to {@code each} as it streams in; the summary returned.
   */
  public ReplayedTimelinesSummary timelines(String region, String on, ReplayAsOf asOf, String purpose,
      Consumer<ReplayedTimeline> each, Consumer<ReplayProgress> progress) throws HubCallException {
    ReplayTimelinesRequest request = ReplayTimelinesRequest.newBuilder().setRegion(region).setOn(on).setAsOf(AuditRequests.asOf(asOf))
        .setPurpose(purpose).build();
    try {
      Iterator<ReplayTimelinesMessage> messages = hub.replay(deadline).replayTimelines(request);
      ReplayedTimelinesSummary summary = null;
      while (messages.hasNext()) {
        ReplayTimelinesMessage m = messages.next();
        if (m.hasProgress()) {
          progress.accept(m.getProgress());
        } else if (m.hasTimeline()) {
          each.accept(m.getTimeline());
        } else if (m.hasSummary()) {
          summary = m.getSummary();
        }
      }
      return required(summary);
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  private static <T> T required(T result) throws HubCallException {
    if (result == null) {
      throw new HubCallException("DATA_LOSS", "the hub ended the replay without a result", List.of());
    }
    return result;
  }
}
