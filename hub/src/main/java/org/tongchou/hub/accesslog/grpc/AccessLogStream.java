package org.tongchou.hub.accesslog.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import java.util.ArrayDeque;
import java.util.Deque;
import org.tongchou.hub.accesslog.app.AccessLogQuery;
import org.tongchou.hub.accesslog.app.AccessLogReader;
import org.tongchou.hub.accesslog.domain.AccessEntry;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.proto.v1.AccessLogEntry;

/**
 * Streams access-log entries only as fast as the client takes them: the next page is read when
 * gRPC's buffer has room again, so a log of millions of entries never sits in the hub's memory.
 */
final class AccessLogStream implements Runnable {

  private final ServerCallStreamObserver<AccessLogEntry> out;
  private final AccessLogReader reader;
  private final AccessLogQuery query;
  private final Deque<AccessEntry> page = new ArrayDeque<>();
  private long cursor;
  private boolean lastPage;
  private boolean done;

  private AccessLogStream(
      ServerCallStreamObserver<AccessLogEntry> out, AccessLogReader reader, AccessLogQuery query) {
    this.out = out;
    this.reader = reader;
    this.query = query;
    this.cursor = query.afterSequence();
  }

  /**
   * Starts streaming; must be called in the service method, which is when gRPC takes the handlers.
   */
  static void start(
      ServerCallStreamObserver<AccessLogEntry> out, AccessLogReader reader, AccessLogQuery query) {
    AccessLogStream stream = new AccessLogStream(out, reader, query);
    out.setOnCancelHandler(stream::cancel);
    out.setOnReadyHandler(stream);
    stream.run();
  }

  /** Sends while the client has room; called again by gRPC when it has room again. */
  @Override
  public synchronized void run() {
    try {
      while (!done && out.isReady()) {
        if (page.isEmpty() && !lastPage) {
          var next = reader.page(query, cursor);
          lastPage = next.size() < AccessLogReader.PAGE;
          page.addAll(next);
        }
        if (page.isEmpty()) {
          done = true;
          out.onCompleted();
          return;
        }
        AccessEntry entry = page.poll();
        cursor = entry.sequence();
        out.onNext(AccessLogMapper.toProto(entry));
      }
    } catch (RuntimeException e) {
      done = true;
      out.onError(GrpcErrors.exception(GrpcErrors.unexpected("AccessLog.ListAccessLog", e)));
    }
  }

  private synchronized void cancel() {
    done = true;
  }
}
