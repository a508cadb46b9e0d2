package org.tongchou.hub.person.grpc;

import com.google.protobuf.ByteString;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.Receipt;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.platform.grpc.ProtoTime;

/** Receipts onto the wire. */
public final class ReceiptMapper {

  private ReceiptMapper() {}

  /** The receipt of any person event at its place in the log, without a signature. */
  public static org.tongchou.proto.v1.Receipt of(PersonEvent e, String eventId, long position) {
    return of(e, eventId, position, null);
  }

  /**
   * The receipt of a person event at its place in the log, with the signature {@code Submit} gave
   * it ({@link org.tongchou.hub.sync.app.ReceiptSignatures}); null for an event no region
   * submitted.
   */
  public static org.tongchou.proto.v1.Receipt of(
      PersonEvent e, String eventId, long position, ReceiptSignature signature) {
    String region = e instanceof FactRecorded f ? f.region() : null;
    String recordId = e instanceof FactRecorded f ? f.recordId() : null;
    return toProto(
        new Receipt(
            eventId,
            position,
            e.recordedAt(),
            e.hash(),
            e.previousHash(),
            e.personKey(),
            region,
            recordId,
            e.personSequence(),
            signature));
  }

  public static org.tongchou.proto.v1.Receipt toProto(Receipt r) {
    org.tongchou.proto.v1.Receipt.Builder proto =
        org.tongchou.proto.v1.Receipt.newBuilder()
            .setEventId(r.eventId())
            .setPosition(r.position())
            .setRecordedAt(ProtoTime.of(r.recordedAt()))
            .setHash(r.hash())
            .setPreviousHash(r.previousHash())
            .setPersonKey(r.personKey())
            // An obligation's event is no region's record: it has neither.
            .setRegion(r.region() == null ? "" : r.region())
            .setRecordId(r.recordId() == null ? "" : r.recordId())
            .setPersonSequence(r.personSequence());
    if (r.signature() != null) {
      proto.setSignature(
          org.tongchou.proto.v1.ReceiptSignature.newBuilder()
              .setReceiptBody(ByteString.copyFromUtf8(r.signature().receiptBody()))
              .addAllPath(r.signature().path())
              .setBatchBody(ByteString.copyFromUtf8(r.signature().batchBody()))
              .setSignature(ByteString.copyFrom(r.signature().signature()))
              .setKeyId(r.signature().keyId()));
    }
    return proto.build();
  }
}
