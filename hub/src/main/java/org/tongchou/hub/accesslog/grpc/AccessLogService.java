package org.tongchou.hub.accesslog.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.accesslog.app.AccessLogQuery;
import org.tongchou.hub.accesslog.app.AccessLogReader;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogGrpc;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.ListAccessLogRequest;
import org.tongchou.proto.v1.VerifyAccessLogRequest;

/**
 * {@code tongchou.v1.AccessLog}: the access log, for auditors; reading it is logged like any read.
 */
@Component
public class AccessLogService extends AccessLogGrpc.AccessLogImplBase {

  private final AccessLog log;
  private final AccessLogReader reader;
  private final RecordedReads reads;

  AccessLogService(AccessLog log, AccessLogReader reader, RecordedReads reads) {
    this.log = log;
    this.reader = reader;
    this.reads = reads;
  }

  @Override
  public void listAccessLog(ListAccessLogRequest request, StreamObserver<AccessLogEntry> response) {
    Caller caller = CallerInterceptor.current();
    AccessLogQuery query =
        reads.answer(
            caller,
            "AccessLog.ListAccessLog",
            request.getPurpose(),
            subjects -> {
              subjects.add(request.getSubject().isEmpty() ? "access-log" : request.getSubject());
              CallerRoles.auditorOnly(caller, "read the access log");
              Instant from = AccessLogMapper.instant(request.hasFrom(), request.getFrom());
              Instant to = AccessLogMapper.instant(request.hasTo(), request.getTo());
              if (from != null && to != null && !to.isAfter(from)) {
                throw RegionScope.invalid("to", "must be after `from`");
              }
              // Up to the head as the call arrived: the stream ends, even while others keep
              // reading.
              return new AccessLogQuery(
                  request.getAfterSequence(),
                  log.head().sequence(),
                  from,
                  to,
                  request.getReader().isEmpty() ? null : request.getReader(),
                  request.getSubject().isEmpty() ? null : request.getSubject());
            });
    AccessLogStream.start((ServerCallStreamObserver<AccessLogEntry>) response, reader, query);
  }

  @Override
  public void verifyAccessLog(
      VerifyAccessLogRequest request, StreamObserver<AccessLogVerification> response) {
    Caller caller = CallerInterceptor.current();
    AccessLogVerification verdict =
        reads.answer(
            caller,
            "AccessLog.VerifyAccessLog",
            request.getPurpose(),
            subjects -> {
              subjects.add("access-log");
              CallerRoles.auditorOnly(caller, "verify the access log");
              return AccessLogMapper.toProto(log.verify());
            });
    response.onNext(verdict);
    response.onCompleted();
  }
}
