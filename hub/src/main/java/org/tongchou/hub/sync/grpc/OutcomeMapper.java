package org.tongchou.hub.sync.grpc;

import io.grpc.Status;
import java.util.Map;
import org.tongchou.hub.person.domain.Refusal;
import org.tongchou.hub.platform.grpc.GrpcErrors;
import org.tongchou.hub.sync.domain.SubmitOutcome;
import org.tongchou.proto.v1.FactOutcome;

/** Outcomes onto the wire: a refusal becomes a google.rpc.Status with ErrorInfo and BadRequest. */
final class OutcomeMapper {

    private OutcomeMapper() {
    }

    static FactOutcome toProto(int index, String recordId, SubmitOutcome outcome) {
        FactOutcome.Builder proto = FactOutcome.newBuilder().setIndex(index).setRecordId(recordId)
                .setKind(FactOutcome.Kind.valueOf(outcome.kind().name()));
        if (outcome.receipt() != null) {
            proto.setReceipt(ReceiptMapper.toProto(outcome.receipt()));
        }
        if (outcome.refusal() != null) {
            Refusal r = outcome.refusal();
            proto.setRefusal(GrpcErrors.status(Status.Code.valueOf(r.kind().name()),
                    "record " + recordId + ": " + r.message(), r.reason(), Map.of("recordId", recordId),
                    r.violations()));
        }
        return proto.build();
    }
}
