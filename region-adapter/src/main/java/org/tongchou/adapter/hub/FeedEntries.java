package org.tongchou.adapter.hub;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.JsonFormat;
import java.time.Instant;
import org.tongchou.adapter.facts.FactTypes;
import org.tongchou.proto.v1.FeedAccess;
import org.tongchou.proto.v1.FeedConflict;
import org.tongchou.proto.v1.FeedFact;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedObligation;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.ResidenceConflict;

/** Maps wire {@code FeedItem}s to {@link FeedEntry} values. */
final class FeedEntries {

  private static final JsonFormat.Printer JSON =
      JsonFormat.printer().omittingInsignificantWhitespace();

  private FeedEntries() {}

  /** The item in proto JSON, as handed to a {@link FeedItemListener}. */
  static String json(FeedItem item) {
    try {
      return JSON.print(item);
    } catch (InvalidProtocolBufferException e) {
      // Only thrown for Any fields whose type is unknown; FeedItem has none.
      throw new IllegalStateException("a FeedItem could not be printed as JSON", e);
    }
  }

  static FeedEntry of(FeedItem item, Instant receivedAt) {
    long position = item.getPosition();
    return switch (item.getItemCase()) {
      case FACT -> fact(position, receivedAt, item.getFact());
      case CONFLICT -> conflict(position, receivedAt, item.getConflict());
      case CHECKPOINT ->
          new FeedEntry.Checkpoint(position, receivedAt, instant(item.getCheckpoint().getAt()));
      case OBLIGATION -> obligation(position, receivedAt, item.getObligation());
      case IDENTITY ->
          new FeedEntry.Identity(
              position,
              receivedAt,
              item.getIdentity().getChange(),
              item.getIdentity().getLinkId(),
              item.getIdentity().getPrimaryKey(),
              item.getIdentity().getAliasKey(),
              item.getIdentity().getPersonKey());
      case SIGNED_CHECKPOINT ->
          new FeedEntry.SignedCheckpoint(
              position,
              receivedAt,
              item.getSignedCheckpoint().getSequence(),
              item.getSignedCheckpoint().getToPosition(),
              item.getSignedCheckpoint().getHash(),
              item.getSignedCheckpoint().getKeyId());
      case ACCESS -> access(position, receivedAt, item.getAccess());
      // Routed to no region; an auditor's tail shows it as an item this adapter does not interpret.
      case ERASURE -> new FeedEntry.Unknown(position, receivedAt);
      case ITEM_NOT_SET -> new FeedEntry.Unknown(position, receivedAt);
    };
  }

  /** A wire timestamp as an instant. */
  static Instant instant(Timestamp t) {
    return Instant.ofEpochSecond(t.getSeconds(), t.getNanos());
  }

  private static FeedEntry fact(long position, Instant receivedAt, FeedFact f) {
    var fact = f.getRecorded().getFact();
    return new FeedEntry.Fact(
        position,
        receivedAt,
        fact.getRecordId(),
        fact.getRegion(),
        fact.getOccurredOn(),
        FactTypes.typeOf(fact),
        f.getPersonKey(),
        instant(f.getRecorded().getReceipt().getRecordedAt()));
  }

  /**
   * An obligations item of the feed, or an event of an obligation's history (ExplainObligation).
   */
  static FeedEntry.Obligation obligation(long position, Instant receivedAt, FeedObligation item) {
    java.util.List<FeedEntry.Obligation.Change> changes =
        item.getChangesList().stream()
            .map(
                c -> {
                  Obligation o = c.getObligation();
                  return new FeedEntry.Obligation.Change(
                      Words.of(c.getChange()),
                      o.getObligationId(),
                      o.getKind(),
                      Words.of(o.getStatus()),
                      o.getResponsibleRegion(),
                      o.getOwedRegion(),
                      o.getDueOn());
                })
            .toList();
    String person =
        item.getChangesCount() == 0 ? "" : item.getChanges(0).getObligation().getPersonKey();
    return new FeedEntry.Obligation(position, receivedAt, item.getCause(), person, changes);
  }

  private static FeedEntry access(long position, Instant receivedAt, FeedAccess a) {
    String subject =
        a.hasClaim()
            ? a.getClaim().getClaimId()
            : !a.getArrivalKey().isEmpty()
                ? a.getArrivalKey()
                : a.getEntitlementsCount() > 0 ? a.getEntitlements(0).getRegion() : "";
    return new FeedEntry.Access(position, receivedAt, a.getChange(), subject, a.getPersonKey());
  }

  private static FeedEntry conflict(long position, Instant receivedAt, FeedConflict c) {
    ResidenceConflict conflict = c.getConflict();
    return new FeedEntry.Conflict(
        position,
        receivedAt,
        conflict.getExisting().getRegion(),
        conflict.getClaimed().getRegion(),
        conflict.getOverlapFrom(),
        conflict.getProvisionalRegion(),
        c.getPersonKey());
  }
}
