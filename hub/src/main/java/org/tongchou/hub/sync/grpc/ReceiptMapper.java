package org.tongchou.hub.sync.grpc;

import com.google.protobuf.Timestamp;
import org.tongchou.hub.sync.domain.Receipt;

/** Receipts onto the wire. */
public final class ReceiptMapper {

    private ReceiptMapper() {
    }

    public static org.tongchou.proto.v1.Receipt toProto(Receipt r) {
        return org.tongchou.proto.v1.Receipt.newBuilder()
                .setEventId(r.eventId())
                .setPosition(r.position())
                .setRecordedAt(Timestamp.newBuilder().setSeconds(r.recordedAt().getEpochSecond())
                        .setNanos(r.recordedAt().getNano()))
                .setHash(r.hash())
                .setPreviousHash(r.previousHash())
                .setPersonKey(r.personKey())
                .setRegion(r.region())
                .setRecordId(r.recordId())
                .setPersonSequence(r.personSequence())
                .build();
    }
}
