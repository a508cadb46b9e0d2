package org.tongchou.hub.feed.grpc;

import com.google.protobuf.Timestamp;
import java.time.Instant;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.obligation.domain.ObligationEvent;
import org.tongchou.hub.obligation.grpc.ObligationMapper;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.grpc.RecordedFacts;
import org.tongchou.proto.v1.FeedCheckpoint;
import org.tongchou.proto.v1.FeedConflict;
import org.tongchou.proto.v1.FeedFact;
import org.tongchou.proto.v1.FeedItem;

/** Feed entries onto the wire. */
final class FeedItems {

    private FeedItems() {
    }

    static FeedItem of(FeedReader.Entry entry) {
        FeedItem.Builder item = FeedItem.newBuilder().setPosition(entry.position());
        if (entry.event() instanceof FactRecorded fact) {
            item.setFact(FeedFact.newBuilder().setPersonKey(fact.personKey())
                    .setRecorded(RecordedFacts.toProto(fact, entry.eventId(), entry.globalIndex(), null)));
        } else if (entry.event() instanceof ResidenceConflictRecorded conflict) {
            item.setConflict(FeedConflict.newBuilder().setPersonKey(conflict.personKey())
                    .setConflict(RecordedFacts.toProto(conflict.conflict(), entry.globalIndex())));
        } else if (entry.event() instanceof ObligationEvent obligation) {
            item.setObligation(ObligationMapper.toFeed(obligation, entry.eventId(), entry.globalIndex()));
        } else {
            throw new IllegalStateException("no feed item for " + entry.event().getClass().getName());
        }
        return item.build();
    }

    static FeedItem checkpoint(long position, Instant at) {
        return FeedItem.newBuilder().setPosition(position).setCheckpoint(FeedCheckpoint.newBuilder()
                .setAt(Timestamp.newBuilder().setSeconds(at.getEpochSecond()).setNanos(at.getNano()))).build();
    }
}
