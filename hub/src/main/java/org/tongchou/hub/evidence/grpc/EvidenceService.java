package org.tongchou.hub.evidence.grpc;

import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.grpc.CallerInterceptor;
import org.tongchou.hub.access.grpc.CallerRoles;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.accesslog.grpc.RecordedReads;
import org.tongchou.hub.evidence.app.CheckpointStore;
import org.tongchou.hub.evidence.app.ExportScope;
import org.tongchou.hub.evidence.app.LogExport;
import org.tongchou.hub.evidence.app.SigningKeys;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.person.grpc.IdNumberField;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.EvidenceGrpc;
import org.tongchou.proto.v1.ExportChunk;
import org.tongchou.proto.v1.ExportRequest;
import org.tongchou.proto.v1.ListCheckpointsRequest;
import org.tongchou.proto.v1.ListCheckpointsResponse;
import org.tongchou.proto.v1.ListSigningKeysRequest;
import org.tongchou.proto.v1.ListSigningKeysResponse;

/** {@code tongchou.v1.Evidence}: signing keys, signed checkpoints and the auditor's export. */
@Component
class EvidenceService extends EvidenceGrpc.EvidenceImplBase {

  private final SigningKeys keys;
  private final CheckpointStore checkpoints;
  private final LogExport export;
  private final PersonIndex personKeys;
  private final RegionDirectory regions;
  private final RecordedReads reads;
  private final ExportMeters meters;

  EvidenceService(
      SigningKeys keys,
      CheckpointStore checkpoints,
      LogExport export,
      PersonIndex personKeys,
      RegionDirectory regions,
      RecordedReads reads,
      MeterRegistry meters) {
    this.meters = new ExportMeters(meters);
    this.reads = reads;
    this.keys = keys;
    this.checkpoints = checkpoints;
    this.export = export;
    this.personKeys = personKeys;
    this.regions = regions;
  }

  @Override
  public void listSigningKeys(
      ListSigningKeysRequest request, StreamObserver<ListSigningKeysResponse> response) {
    ListSigningKeysResponse.Builder answer = ListSigningKeysResponse.newBuilder();
    keys.all().forEach(k -> answer.addKeys(EvidenceMapper.toProto(k)));
    response.onNext(answer.build());
    response.onCompleted();
  }

  @Override
  public void listCheckpoints(
      ListCheckpointsRequest request, StreamObserver<ListCheckpointsResponse> response) {
    if (request.getAfterSequence() < 0) {
      throw RegionScope.invalid("after_sequence", "must not be negative");
    }
    if (request.getLimit() < 0 || request.getLimit() > 1_000) {
      throw RegionScope.invalid("limit", "must be 1..1000, or 0 for 100");
    }
    ListCheckpointsResponse.Builder answer = ListCheckpointsResponse.newBuilder();
    checkpoints
        .after(request.getAfterSequence(), request.getLimit() == 0 ? 100 : request.getLimit())
        .forEach(c -> answer.addCheckpoints(EvidenceMapper.toProto(c)));
    response.onNext(answer.build());
    response.onCompleted();
  }

  @Override
  public void export(ExportRequest request, StreamObserver<ExportChunk> response) {
    Caller caller = CallerInterceptor.current();
    // Logged (and committed) before the first line leaves: an export is a read of personal data.
    ExportScope scope =
        reads.answer(
            caller,
            "Evidence.Export",
            request.getPurpose(),
            subjects -> {
              CallerRoles.auditorOnly(caller, "export the log");
              ExportScope asked = scopeOf(request);
              subjects.add(describe(asked));
              return asked;
            });
    ExportStream.start(
        export.open(scope), (ServerCallStreamObserver<ExportChunk>) response, this.meters);
  }

  private ExportScope scopeOf(ExportRequest request) {
    if (!request.getIdNumber().isEmpty() && !request.getPersonKey().isEmpty()) {
      throw RegionScope.invalid("person_key", "give id_number or person_key, not both");
    }
    String personKey = request.getPersonKey().isEmpty() ? null : request.getPersonKey();
    if (personKey != null && !PersonKeys.isWellFormed(personKey)) {
      throw RegionScope.invalid(
          "person_key",
          "a person key is p and 40 lowercase hex digits, as receipts"
              + " and feeds show it; got '"
              + personKey
              + "'");
    }
    if (!request.getIdNumber().isEmpty()) {
      personKey =
          personKeys.keyOf(IdNumberField.parse(request.getIdNumber(), "id_number").number());
    }
    String region = request.getRegion().isEmpty() ? null : request.getRegion();
    if (region != null && !regions.isKnown(region)) {
      throw RegionScope.invalid("region", "unknown division code " + region);
    }
    Instant from = request.hasRecordedFrom() ? ProtoTime.instant(request.getRecordedFrom()) : null;
    Instant to = request.hasRecordedTo() ? ProtoTime.instant(request.getRecordedTo()) : null;
    if (from != null && to != null && !to.isAfter(from)) {
      throw RegionScope.invalid("recorded_to", "must be after recorded_from");
    }
    return new ExportScope(personKey, region, from, to);
  }

  /** The scope as the access log names it: {@code export:everything}, or its filters. */
  private static String describe(ExportScope scope) {
    if (scope.everything()) {
      return "export:everything";
    }
    StringBuilder text = new StringBuilder("export");
    if (scope.personKey() != null) {
      text.append(":person=").append(scope.personKey());
    }
    if (scope.region() != null) {
      text.append(":region=").append(scope.region());
    }
    if (scope.recordedFrom() != null || scope.recordedTo() != null) {
      text.append(":recorded=")
          .append(scope.recordedFrom() == null ? "" : scope.recordedFrom())
          .append("..")
          .append(scope.recordedTo() == null ? "" : scope.recordedTo());
    }
    return text.toString();
  }
}
