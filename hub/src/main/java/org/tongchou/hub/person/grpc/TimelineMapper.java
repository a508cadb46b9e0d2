package org.tongchou.hub.person.grpc;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.person.app.IdentityStore.Identity;
import org.tongchou.hub.person.app.PersonHistory.Located;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.residence.domain.ResidenceClaim;
import org.tongchou.hub.sync.domain.Receipt;
import org.tongchou.hub.sync.grpc.FactWriter;
import org.tongchou.hub.sync.grpc.ReceiptMapper;
import org.tongchou.proto.v1.RecordedFact;
import org.tongchou.proto.v1.ResidenceConflict;
import org.tongchou.proto.v1.ResidencePeriod;
import org.tongchou.proto.v1.Timeline;

/** A person's history onto the wire. */
final class TimelineMapper {

    private TimelineMapper() {
    }

    static Timeline toProto(Identity identity, List<Located> events, PersonState state) {
        Timeline.Builder timeline = Timeline.newBuilder().setPersonKey(identity.personKey())
                .setIdNumber(identity.idNumber()).setName(nz(identity.name())).setSex(identity.sex())
                .setBornOn(identity.bornOn().toString()).setRegistrationRegion(nz(identity.registrationRegion()));
        Map<String, String> correctedBy = new HashMap<>();
        events.stream().filter(l -> l.event() instanceof FactRecorded f && f.data() instanceof RecordCorrected)
                .map(l -> (FactRecorded) l.event())
                .forEach(f -> correctedBy.put(f.reportedBy() + "/" + ((RecordCorrected) f.data()).corrects(), f.recordId()));
        for (Located located : events) {
            if (located.event() instanceof FactRecorded f) {
                Receipt receipt = new Receipt(located.eventId(), located.position(), f.recordedAt(), f.hash(),
                        f.previousHash(), f.personKey(), f.region(), f.recordId(), f.personSequence());
                timeline.addFacts(RecordedFact.newBuilder()
                        .setFact(FactWriter.toProto(f.recordId(), f.region(), f.occurredOn(), f.registrationRegion(),
                                f.data()))
                        .setReceipt(ReceiptMapper.toProto(receipt))
                        .setCorrectedBy(correctedBy.getOrDefault(f.reportedBy() + "/" + f.recordId(), "")));
            } else if (located.event() instanceof ResidenceConflictRecorded c) {
                timeline.addConflicts(ResidenceConflict.newBuilder()
                        .setExisting(period(c.conflict().existing())).setClaimed(period(c.conflict().claimed()))
                        .setOverlapFrom(c.conflict().overlapFrom().toString())
                        .setProvisionalRegion(c.conflict().provisionalRegion()).setPosition(located.position()));
            }
        }
        state.timeline().claims().forEach(claim -> timeline.addResidences(period(claim)));
        return timeline.build();
    }

    private static ResidencePeriod period(ResidenceClaim claim) {
        return ResidencePeriod.newBuilder().setRegion(claim.region()).setFrom(claim.from().toString())
                .setUntil(claim.until() == null ? "" : claim.until().toString())
                .setArrivalRecordId(claim.arrivalRecordId()).setEndReason(nz(claim.endReason())).build();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
