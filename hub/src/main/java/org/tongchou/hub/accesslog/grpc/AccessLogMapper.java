package org.tongchou.hub.accesslog.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.tongchou.hub.accesslog.domain.AccessChain;
import org.tongchou.hub.accesslog.domain.AccessEntry;
import org.tongchou.hub.accesslog.domain.Suspicions;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.SuspiciousAccess;

/** Access-log entries and verdicts onto the wire. */
final class AccessLogMapper {

  private AccessLogMapper() {}

  static AccessLogEntry toProto(AccessEntry e) {
    return AccessLogEntry.newBuilder()
        .setSequence(e.sequence())
        .setReadAt(ProtoTime.of(e.readAt()))
        .setReader(e.reader())
        .setRole(e.role())
        .setJurisdiction(nz(e.jurisdiction()))
        .setAction(e.action())
        .addAllSubjects(e.subjects())
        .setPurpose(nz(e.purpose()))
        .setOutcome(e.outcome())
        .setPreviousHash(e.previousHash())
        .setHash(e.hash())
        .build();
  }

  static AccessLogVerification toProto(AccessChain.Verification v) {
    AccessLogVerification.Builder verdict =
        AccessLogVerification.newBuilder()
            .setChecked(v.checked())
            .setHeadSequence(v.headSequence())
            .setHeadHash(v.headHash())
            .setIntact(v.intact());
    v.broken().ifPresent(b -> verdict.setBrokenSequence(b.sequence()).setProblem(b.problem()));
    return verdict.build();
  }

  static SuspiciousAccess toProto(Suspicions.Finding f) {
    return SuspiciousAccess.newBuilder()
        .setRule(f.rule().name())
        .setReader(f.reader())
        .setRole(f.role())
        .setJurisdiction(nz(f.jurisdiction()))
        .setDay(f.day().toString())
        .setEntries(f.entries())
        .setSubjects(f.subjects())
        .setFirstSequence(f.firstSequence())
        .setLastSequence(f.lastSequence())
        .setDescription(f.description())
        .build();
  }

  /** An instant from the wire, or null when the field is not set. */
  static Instant instant(boolean set, Timestamp at) {
    return set ? ProtoTime.instant(at) : null;
  }

  private static String nz(String text) {
    return text == null ? "" : text;
  }
}
