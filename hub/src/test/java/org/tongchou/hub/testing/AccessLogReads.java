package org.tongchou.hub.testing;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogGrpc;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.ListAccessLogRequest;
import org.tongchou.proto.v1.VerifyAccessLogRequest;

/** The access log as a test's auditor reads it over the wire. */
public final class AccessLogReads {

  private final HubClient auditor;

  public AccessLogReads(HubClient auditor) {
    this.auditor = auditor;
  }

  /** Every entry matching the request, in sequence order. */
  public List<AccessLogEntry> list(ListAccessLogRequest request) {
    List<AccessLogEntry> entries = new ArrayList<>();
    auditor
        .authorized(AccessLogGrpc.newBlockingStub(auditor.channel()))
        .listAccessLog(request)
        .forEachRemaining(entries::add);
    return entries;
  }

  /** Every entry about {@code subject}. */
  public List<AccessLogEntry> about(String subject) {
    return list(ListAccessLogRequest.newBuilder().setSubject(subject).setPurpose("test").build());
  }

  /** Every entry by the credential labelled {@code reader}. */
  public List<AccessLogEntry> by(String reader) {
    return list(ListAccessLogRequest.newBuilder().setReader(reader).setPurpose("test").build());
  }

  public AccessLogVerification verify() {
    return auditor
        .authorized(AccessLogGrpc.newBlockingStub(auditor.channel()))
        .verifyAccessLog(VerifyAccessLogRequest.newBuilder().setPurpose("test").build());
  }
}
