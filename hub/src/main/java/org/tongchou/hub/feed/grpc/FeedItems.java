package org.tongchou.hub.feed.grpc;

import java.time.Instant;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.erasure.grpc.ErasureMapper;
import org.tongchou.hub.evidence.grpc.EvidenceMapper;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.obligation.grpc.ObligationMapper;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.FeedCheckpoint;
import org.tongchou.proto.v1.FeedConflict;
import org.tongchou.proto.v1.FeedErasure;
import org.tongchou.proto.v1.FeedFact;
import org.tongchou.proto.v1.FeedIdentity;
import org.tongchou.proto.v1.FeedItem;

/**
 * Feed entries onto the wire; also any person event as the feed shows it (audit histories, Kafka).
 */
public final class FeedItems {

  private FeedItems() {}

  static FeedItem of(FeedReader.Entry entry, RegionDirectory regions) {
    if (entry.checkpoint() != null) {
      return FeedItem.newBuilder()
          .setPosition(entry.position())
          .setSignedCheckpoint(EvidenceMapper.toProto(entry.checkpoint()))
          .build();
    }
    return event(entry.event(), entry.eventId(), entry.globalIndex(), regions)
        .setPosition(entry.position())
        .build();
  }

  /**
   * A person event at {@code globalIndex} of the log as a feed item, without a feed position: the
   * one mapping of each kind of event, for the feed and for whoever else shows events.
   */
  public static FeedItem.Builder event(
      PersonEvent event, String eventId, long globalIndex, RegionDirectory regions) {
    FeedItem.Builder item = FeedItem.newBuilder();
    Located entry = new Located(event, eventId, globalIndex);
    if (entry.event() instanceof FactRecorded fact) {
      item.setFact(
          FeedFact.newBuilder()
              .setPersonKey(fact.personKey())
              .setRecorded(
                  RecordedFacts.toProto(fact, entry.eventId(), entry.globalIndex(), null)));
    } else if (entry.event() instanceof ResidenceConflictRecorded conflict) {
      item.setConflict(
          FeedConflict.newBuilder()
              .setPersonKey(conflict.personKey())
              .setChange("recorded")
              .setConflict(
                  RecordedFacts.toProto(
                      conflict.conflict(),
                      entry.globalIndex(),
                      "open",
                      conflict.conflict().provisionalRegion(),
                      regions)));
    } else if (entry.event() instanceof ResidenceConflictRuled ruled) {
      item.setConflict(
          FeedConflict.newBuilder()
              .setPersonKey(ruled.personKey())
              .setChange("ruled")
              .setOffice(ruled.office())
              .setReason(ruled.reason())
              .setConflict(
                  RecordedFacts.closed(
                      ruled.conflictId(),
                      ruled.existingRegion(),
                      ruled.claimedRegion(),
                      "ruled",
                      ruled.residenceRegion(),
                      entry.globalIndex(),
                      regions)));
    } else if (entry.event() instanceof ResidenceConflictEnded ended) {
      item.setConflict(
          FeedConflict.newBuilder()
              .setPersonKey(ended.personKey())
              .setChange(ended.outcome())
              .setCause(ended.cause())
              .setConflict(
                  RecordedFacts.closed(
                      ended.conflictId(),
                      ended.existingRegion(),
                      ended.claimedRegion(),
                      ended.outcome(),
                      ended.residenceRegion(),
                      entry.globalIndex(),
                      regions)));
    } else if (entry.event() instanceof ObligationsChanged obligations) {
      item.setObligation(
          ObligationMapper.toFeed(obligations, entry.eventId(), entry.globalIndex(), null));
    } else if (entry.event() instanceof ReevaluationRecorded r) {
      item.setObligation(ObligationMapper.toFeed(r, entry.eventId(), entry.globalIndex()));
    } else if (entry.event() instanceof IdentityLinkRequested requested) {
      item.setIdentity(
          identity(
              "requested",
              requested.linkId(),
              requested.primaryKey(),
              requested.aliasKey(),
              requested.requestedBy(),
              requested.personKey()));
    } else if (entry.event() instanceof IdentityLinked linked) {
      item.setIdentity(
          identity(
              "linked",
              linked.linkId(),
              linked.primaryKey(),
              linked.aliasKey(),
              linked.confirmedBy(),
              linked.personKey()));
    } else if (entry.event() instanceof IdentityUnlinked unlinked) {
      item.setIdentity(
          identity(
              unlinked.outcome(),
              unlinked.linkId(),
              unlinked.primaryKey(),
              unlinked.aliasKey(),
              unlinked.by(),
              unlinked.personKey()));
    } else if (entry.event() instanceof PersonErased erased) {
      item.setErasure(
          FeedErasure.newBuilder()
              .setPersonKey(erased.personKey())
              .setErasure(ErasureMapper.toProto(erased, entry.globalIndex())));
    } else {
      throw new IllegalStateException("no feed item for " + entry.event().getClass().getName());
    }
    return item;
  }

  /** The event and its place, under the names the mapping reads. */
  private record Located(PersonEvent event, String eventId, long globalIndex) {}

  private static FeedIdentity identity(
      String change, String linkId, String primary, String alias, String by, String person) {
    return FeedIdentity.newBuilder()
        .setChange(change)
        .setLinkId(linkId)
        .setPrimaryKey(primary)
        .setAliasKey(alias)
        .setBy(by == null ? "" : by)
        .setPersonKey(person)
        .build();
  }

  static FeedItem checkpoint(long position, Instant at) {
    return FeedItem.newBuilder()
        .setPosition(position)
        .setCheckpoint(FeedCheckpoint.newBuilder().setAt(ProtoTime.of(at)))
        .build();
  }
}
