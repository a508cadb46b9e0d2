package org.tongchou.hub.feed.grpc;

import java.time.Instant;
import org.tongchou.hub.evidence.grpc.EvidenceMapper;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.obligation.grpc.ObligationMapper;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityLinks;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.person.grpc.AccessItems;
import org.tongchou.hub.person.grpc.ReceiptMapper;
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
    return ReceiptMapper.atLogPosition(
            event(entry.event(), entry.eventId(), entry.globalIndex(), regions), entry.position())
        .setPosition(entry.position())
        .setImported(entry.imported())
        .build();
  }

  /**
   * A person event at {@code globalIndex} of the log as a feed item, without a feed position: the
   * one mapping of each kind of event, for the feed and for whoever else shows events.
   */
  public static FeedItem.Builder event(
      PersonEvent event, String eventId, long globalIndex, RegionDirectory regions) {
    return event.accept(new Items(new Located(event, eventId, globalIndex), regions));
  }

  /** The one mapping of each kind of event: a new kind fails to compile here until it has one. */
  private static final class Items implements PersonStreamVisitor<FeedItem.Builder> {

    private final FeedItem.Builder item = FeedItem.newBuilder();
    private final Located entry;
    private final RegionDirectory regions;

    Items(Located entry, RegionDirectory regions) {
      this.entry = entry;
      this.regions = regions;
    }

    @Override
    public FeedItem.Builder factRecorded(FactRecorded fact) {
      item.setFact(
          FeedFact.newBuilder()
              .setPersonKey(fact.personKey())
              .setRecorded(
                  RecordedFacts.toProto(fact, entry.eventId(), entry.globalIndex(), null)));
      return item;
    }

    @Override
    public FeedItem.Builder residenceConflictRecorded(ResidenceConflictRecorded conflict) {
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
      return item;
    }

    @Override
    public FeedItem.Builder residenceConflictRuled(ResidenceConflictRuled ruled) {
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
      return item;
    }

    @Override
    public FeedItem.Builder residenceConflictEnded(ResidenceConflictEnded ended) {
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
      return item;
    }

    @Override
    public FeedItem.Builder obligationsChanged(ObligationsChanged obligations) {
      item.setObligation(
          ObligationMapper.toFeed(obligations, entry.eventId(), entry.globalIndex(), null));
      return item;
    }

    @Override
    public FeedItem.Builder reevaluationRecorded(ReevaluationRecorded r) {
      item.setObligation(ObligationMapper.toFeed(r, entry.eventId(), entry.globalIndex()));
      return item;
    }

    @Override
    public FeedItem.Builder identityLinkRequested(IdentityLinkRequested requested) {
      item.setIdentity(
          identity(
              "requested",
              requested.linkId(),
              requested.primaryKey(),
              requested.aliasKey(),
              requested.requestedBy(),
              requested.personKey()));
      return item;
    }

    @Override
    public FeedItem.Builder identityLinkApproved(IdentityLinkApproved approved) {
      item.setIdentity(
          identity(
              "approved",
              approved.linkId(),
              IdentityLinks.keysOf(approved.linkId()).map(k -> k[1]).orElse(""),
              approved.personKey(),
              approved.by(),
              approved.personKey()));
      return item;
    }

    @Override
    public FeedItem.Builder identityLinked(IdentityLinked linked) {
      item.setIdentity(
          identity(
              "linked",
              linked.linkId(),
              linked.primaryKey(),
              linked.aliasKey(),
              linked.confirmedBy(),
              linked.personKey()));
      return item;
    }

    @Override
    public FeedItem.Builder identityUnlinked(IdentityUnlinked unlinked) {
      item.setIdentity(
          identity(
              unlinked.outcome(),
              unlinked.linkId(),
              unlinked.primaryKey(),
              unlinked.aliasKey(),
              unlinked.by(),
              unlinked.personKey()));
      return item;
    }

    @Override
    public FeedItem.Builder erased(Erasure erased) {
      item.setErasure(
          FeedErasure.newBuilder()
              .setPersonKey(erased.personKey())
              .setErasure(
                  org.tongchou.hub.erasure.grpc.ErasureMapper.toProto(
                      erased, entry.globalIndex())));
      return item;
    }

    @Override
    public FeedItem.Builder entitlementsChanged(EntitlementsChanged event) {
      return item.setAccess(AccessItems.of(event));
    }

    @Override
    public FeedItem.Builder identityMismatchRecorded(IdentityMismatchRecorded event) {
      return item.setAccess(AccessItems.of(event));
    }

    @Override
    public FeedItem.Builder registrationClaimed(RegistrationClaimed event) {
      return item.setAccess(AccessItems.of(event));
    }

    @Override
    public FeedItem.Builder registrationClaimDecided(RegistrationClaimDecided event) {
      return item.setAccess(AccessItems.of(event));
    }

    @Override
    public FeedItem.Builder arrivalContested(ArrivalContested event) {
      return item.setAccess(AccessItems.of(event));
    }

    @Override
    public FeedItem.Builder arrivalContestRuled(ArrivalContestRuled event) {
      return item.setAccess(AccessItems.of(event));
    }
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
