package org.tongchou.hub.sync.grpc;

import java.util.Map;
import org.tongchou.hub.person.grpc.ReceiptMapper;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.sync.domain.SubmitOutcome;
import org.tongchou.proto.v1.FactOutcome;

/** Outcomes onto the wire: a refusal becomes a google.rpc.Status with ErrorInfo and BadRequest. */
final class OutcomeMapper {

  private OutcomeMapper() {}

  static FactOutcome toProto(int index, String recordId, SubmitOutcome outcome) {
    FactOutcome.Builder proto =
        FactOutcome.newBuilder()
            .setIndex(index)
            .setRecordId(recordId)
            .setKind(FactOutcome.Kind.valueOf(outcome.kind().name()));
    if (outcome.receipt() != null) {
      proto.setReceipt(ReceiptMapper.toProto(outcome.receipt()));
    }
    if (outcome.refusal() != null) {
      proto.setRefusal(
          GrpcErrors.of(outcome.refusal(), "record " + recordId, Map.of("recordId", recordId)));
    }
    return proto.build();
  }
}
