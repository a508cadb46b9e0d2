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
    Receipt receipt =
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
            signature,
            0);
    // Shown as Submit answered it: without the person's chain if it was answered so.
    return toProto(signature == null || signature.chainShown() ? receipt : receipt.withoutChain());
  }

  /**
   * The receipt with the event's log position (the feed's, the export's, the checkpoints'), which
   * the mappings above do not know: they are given the event table's global index.
   */
  public static org.tongchou.proto.v1.Receipt atLogPosition(
      org.tongchou.proto.v1.Receipt receipt, long logPosition) {
    return receipt.toBuilder().setLogPosition(logPosition).build();
  }

  /** The same for the receipt inside a feed item, if the item has one (a fact, an obligation). */
  public static org.tongchou.proto.v1.FeedItem.Builder atLogPosition(
      org.tongchou.proto.v1.FeedItem.Builder item, long logPosition) {
    switch (item.getItemCase()) {
      case FACT ->
          item.getFactBuilder()
              .getRecordedBuilder()
              .getReceiptBuilder()
              .setLogPosition(logPosition);
      case OBLIGATION ->
          item.getObligationBuilder().getReceiptBuilder().setLogPosition(logPosition);
      default -> {
        // Conflicts, identities, erasures and access items carry no receipt.
      }
    }
    return item;
  }

  /** The same for a recorded fact's receipt. */
  public static org.tongchou.proto.v1.RecordedFact atLogPosition(
      org.tongchou.proto.v1.RecordedFact fact, long logPosition) {
    return fact.toBuilder().setReceipt(atLogPosition(fact.getReceipt(), logPosition)).build();
  }

  /** The same for an obligation event's receipt. */
  public static org.tongchou.proto.v1.FeedObligation atLogPosition(
      org.tongchou.proto.v1.FeedObligation obligation, long logPosition) {
    return obligation.toBuilder()
        .setReceipt(atLogPosition(obligation.getReceipt(), logPosition))
        .build();
  }

  public static org.tongchou.proto.v1.Receipt toProto(Receipt r) {
    org.tongchou.proto.v1.Receipt.Builder proto =
        org.tongchou.proto.v1.Receipt.newBuilder()
            .setEventId(r.eventId())
            .setPosition(r.position())
            .setRecordedAt(ProtoTime.of(r.recordedAt()))
            .setHash(r.hash())
            // A region not entitled to the person sees neither (docs/ACCESS.md).
            .setPreviousHash(r.previousHash() == null ? "" : r.previousHash())
            .setPersonKey(r.personKey() == null ? "" : r.personKey())
            // An obligation's event is no region's record: it has neither.
            .setRegion(r.region() == null ? "" : r.region())
            .setRecordId(r.recordId() == null ? "" : r.recordId())
            .setPersonSequence(r.personSequence())
            .setLogPosition(r.logPosition());
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
