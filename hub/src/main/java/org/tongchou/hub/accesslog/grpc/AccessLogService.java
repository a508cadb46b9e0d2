package org.tongchou.hub.accesslog.grpc;

import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Lifetimes;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.app.AccessLog;
import org.tongchou.hub.accesslog.app.AccessLogQuery;
import org.tongchou.hub.accesslog.app.AccessLogReader;
import org.tongchou.hub.accesslog.app.SuspicionScan;
import org.tongchou.hub.accesslog.domain.Suspicions;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogGrpc;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.ListAccessLogRequest;
import org.tongchou.proto.v1.ListSuspiciousAccessRequest;
import org.tongchou.proto.v1.SuspiciousAccess;
import org.tongchou.proto.v1.VerifyAccessLogRequest;

/**
 * {@code tongchou.v1.AccessLog}: the access log, for auditors; the feed deliveries in it also for
 * the national office and, within their jurisdiction, coordination offices. Reading it is logged
 * like any read.
 */
@Component
public class AccessLogService extends AccessLogGrpc.AccessLogImplBase {

  /** The detection rules' default window, and the longest one asked for at once. */
  static final Duration SUSPICIOUS_DEFAULT = Duration.ofDays(7);

  static final Duration SUSPICIOUS_MAX = Duration.ofDays(92);

  private final AccessLog log;
  private final AccessLogReader reader;
  private final RecordedReads reads;
  private final RegionDirectory regions;
  private final Clock clock;
  private final Suspicions.Settings rules;
  private final SuspicionScan scan;

  AccessLogService(
      AccessLog log,
      AccessLogReader reader,
      RecordedReads reads,
      RegionDirectory regions,
      Clock clock,
      SuspicionScan scan,
      @Value("${tongchou.access.suspicious.refused-read-subjects:10}") int refusedReadSubjects,
      @Value("${tongchou.access.suspicious.probed-persons:20}") int probedPersons,
      @Value("${tongchou.access.suspicious.first-fact-window:24h}") String firstFactWindow,
      @Value("${tongchou.access.suspicious.first-fact-persons:1}") int firstFactPersons,
      @Value("${tongchou.access.suspicious.office-opens:07:00}") String opens,
      @Value("${tongchou.access.suspicious.office-closes:21:00}") String closes) {
    this.scan = scan;
    this.rules =
        new Suspicions.Settings(
            refusedReadSubjects,
            probedPersons,
            Lifetimes.parse(firstFactWindow),
            firstFactPersons,
            LocalTime.parse(opens),
            LocalTime.parse(closes),
            Suspicions.Settings.DEFAULTS.zone());
    this.log = log;
    this.reader = reader;
    this.reads = reads;
    this.regions = regions;
    this.clock = clock;
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
              Set<String> jurisdictions = visibleJurisdictions(caller, request.getFeedDeliveries());
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
                  request.getSubject().isEmpty() ? null : request.getSubject(),
                  request.getFeedDeliveries(),
                  jurisdictions,
                  null);
            });
    AccessLogStream.start((ServerCallStreamObserver<AccessLogEntry>) response, reader, query);
  }

  /**
   * Whose entries the caller may list: everyone's (null) for an auditor, and for the national
   * office's feed deliveries; an office's own subtree's feed deliveries; nothing else
   * (docs/ACCESS.md, "Detection").
   */
  private Set<String> visibleJurisdictions(Caller caller, boolean feedDeliveries) {
    if (caller.role() == Role.AUDITOR) {
      return null;
    }
    if (caller.role() != Role.OFFICE) {
      CallerRoles.auditorOnly(caller, "read the access log");
    }
    if (!feedDeliveries) {
      throw GrpcErrors.exception(
          GrpcErrors.status(
              Status.Code.PERMISSION_DENIED,
              caller.describe()
                  + " may not read the whole access log; only an auditor may. An office may list"
                  + " the feed deliveries within its jurisdiction (feed_deliveries)",
              "AUDITOR_ONLY",
              Map.of("role", caller.role().name())));
    }
    return caller.isNationalOffice() ? null : regions.subtree(caller.jurisdiction());
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

  @Override
  public void listSuspiciousAccess(
      ListSuspiciousAccessRequest request, StreamObserver<SuspiciousAccess> response) {
    Caller caller = CallerInterceptor.current();
    List<Suspicions.Finding> findings =
        reads.answer(
            caller,
            "AccessLog.ListSuspiciousAccess",
            request.getPurpose(),
            subjects -> {
              subjects.add("access-log:suspicious");
              CallerRoles.auditorOnly(caller, "look for suspicious access");
              Instant to =
                  request.hasTo()
                      ? AccessLogMapper.instant(true, request.getTo())
                      : clock.instant();
              Instant from =
                  request.hasFrom()
                      ? AccessLogMapper.instant(true, request.getFrom())
                      : to.minus(SUSPICIOUS_DEFAULT);
              if (!to.isAfter(from)) {
                throw RegionScope.invalid("to", "must be after `from`");
              }
              if (Duration.between(from, to).compareTo(SUSPICIOUS_MAX) > 0) {
                throw RegionScope.invalid(
                    "from", "at most " + SUSPICIOUS_MAX.toDays() + " days before `to`");
              }
              return scan.scan(
                  new AccessLogQuery(
                      0, log.head().sequence(), from, to, null, null, false, null, null),
                  rules,
                  request.getReader().isEmpty() ? null : request.getReader());
            });
    findings.forEach(f -> response.onNext(AccessLogMapper.toProto(f)));
    response.onCompleted();
  }
}
