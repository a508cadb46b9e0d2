package org.tongchou.adapter.hub;

import org.tongchou.proto.v1.AsOf;
import org.tongchou.proto.v1.GetPersonHistoryRequest;
import org.tongchou.proto.v1.ListAccessLogRequest;
import org.tongchou.proto.v1.ListSuspiciousAccessRequest;

/** The auditor's questions as the contract's requests: one mapping each. */
final class AuditRequests {

  private AuditRequests() {}

  static GetPersonHistoryRequest history(HistoryQuery q) {
    GetPersonHistoryRequest.Builder request =
        GetPersonHistoryRequest.newBuilder()
            .setIdNumber(q.idNumber())
            .setPurpose(q.purpose())
            .setOccurredFrom(q.occurredFrom())
            .setOccurredTo(q.occurredTo());
    if (q.knownAt() != null) {
      request.setKnownAt(WireTime.of(q.knownAt()));
    }
    return request.build();
  }

  static ListAccessLogRequest accessLog(AccessLogQuery q) {
    ListAccessLogRequest.Builder request =
        ListAccessLogRequest.newBuilder().setPurpose(q.purpose());
    if (q.from() != null) {
      request.setFrom(WireTime.of(q.from()));
    }
    if (q.to() != null) {
      request.setTo(WireTime.of(q.to()));
    }
    if (q.subject() != null) {
      request.setSubject(q.subject());
    }
    if (q.reader() != null) {
      request.setReader(q.reader());
    }
    return request.setFeedDeliveries(q.feedDeliveries()).build();
  }

  static ListSuspiciousAccessRequest suspicious(AccessLogQuery q) {
    ListSuspiciousAccessRequest.Builder request =
        ListSuspiciousAccessRequest.newBuilder().setPurpose(q.purpose());
    if (q.from() != null) {
      request.setFrom(WireTime.of(q.from()));
    }
    if (q.to() != null) {
      request.setTo(WireTime.of(q.to()));
    }
    if (q.reader() != null) {
      request.setReader(q.reader());
    }
    return request.build();
  }

  static AsOf asOf(ReplayAsOf asOf) {
    AsOf.Builder wire = AsOf.newBuilder().setPosition(asOf.position());
    if (asOf.recordedAt() != null) {
      wire.setRecordedAt(WireTime.of(asOf.recordedAt()));
    }
    if (asOf.publishedId() != null) {
      wire.setPublishedId(asOf.publishedId());
    }
    return wire.build();
  }
}
