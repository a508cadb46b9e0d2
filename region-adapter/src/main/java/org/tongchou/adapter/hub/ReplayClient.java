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

  public ReplayResult replay(ReplayRequest request, Consumer<ReplayProgress> progress) throws HubCallException {
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

  public DiffResult diff(DiffRequest request, Consumer<ReplayProgress> progress) throws HubCallException {
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

  private static <T> T required(T result) throws HubCallException {
    if (result == null) {
      throw new HubCallException("DATA_LOSS", "the hub ended the replay without a result", List.of());
    }
    return result;
  }
}
