package org.tongchou.adapter.hub;

import io.grpc.StatusRuntimeException;
import java.util.Iterator;
import java.util.function.Consumer;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.PersonHistoryAnswer;
import org.tongchou.proto.v1.SuspiciousAccess;
import org.tongchou.proto.v1.VerifyAccessLogRequest;

/**
 * What an auditor asks the hub beyond the assessment: a person's history on both time axes ({@code
 * tongchou.v1.History}) and the access log ({@code tongchou.v1.AccessLog}). Every call is itself
 * recorded in the hub's access log. Every failure is a {@link HubCallException}.
 */
public final class AuditClient {

  private final HubClient hub;

  /**
   * Over an open connection, which the caller keeps and closes; each call carries its own deadline.
   */
  public AuditClient(HubClient hub) {
    this.hub = hub;
  }

  /** A person's history as the query asks: as known at a recorded time, about a business period. */
  public PersonHistoryAnswer history(HistoryQuery query) throws HubCallException {
    try {
      return hub.history().getPersonHistory(AuditRequests.history(query));
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }

  /**
   * Hands every matching entry to {@code sink}, oldest first, as the hub streams them; the stream
   * ends at the log's head as it was when the call arrived.
   *
   * @return how many entries were received
   */
  public long accessLog(AccessLogQuery query, Consumer<AccessLogEntry> sink)
      throws HubCallException {
    long received = 0;
    try {
      Iterator<AccessLogEntry> entries =
          hub.accessLog().listAccessLog(AuditRequests.accessLog(query));
      while (entries.hasNext()) {
        sink.accept(entries.next());
        received++;
      }
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
    return received;
  }

  /**
   * Hands every pattern the hub's detection rules find in the window (docs/ACCESS.md, "Detection")
   * to {@code sink}; only {@code from}, {@code to}, {@code reader} and {@code purpose} of the query
   * count.
   *
   * @return how many were received
   */
  public long suspiciousAccess(AccessLogQuery query, Consumer<SuspiciousAccess> sink)
      throws HubCallException {
    long received = 0;
    try {
      Iterator<SuspiciousAccess> found =
          hub.accessLog().listSuspiciousAccess(AuditRequests.suspicious(query));
      while (found.hasNext()) {
        sink.accept(found.next());
        received++;
      }
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
    return received;
  }

  /** The hub's own verification of its access log, with the head it verified up to. */
  public AccessLogVerification verifyAccessLog(String purpose) throws HubCallException {
    try {
      return hub.accessLog()
          .verifyAccessLog(VerifyAccessLogRequest.newBuilder().setPurpose(purpose).build());
    } catch (StatusRuntimeException e) {
      throw HubCallException.from(e);
    }
  }
}
