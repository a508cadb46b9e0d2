package org.tongchou.hub.obligation.grpc;

import com.google.protobuf.Timestamp;
import java.time.LocalDate;
import org.tongchou.hub.obligation.domain.ObligationDisputeRuled;
import org.tongchou.hub.obligation.domain.ObligationDisputed;
import org.tongchou.hub.obligation.domain.ObligationEvent;
import org.tongchou.hub.obligation.domain.ObligationOpened;
import org.tongchou.hub.obligation.domain.ObligationReassigned;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationStatusChanged;
import org.tongchou.hub.obligation.domain.ObligationWaived;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.sync.grpc.ReceiptMapper;
import org.tongchou.proto.v1.FeedObligation;
import org.tongchou.proto.v1.Obligation;

/** Obligations and their events onto the wire. */
public final class ObligationMapper {

    private ObligationMapper() {
    }

    public static FeedObligation toFeed(ObligationEvent event, String eventId, long position) {
        FeedObligation.Builder item = FeedObligation.newBuilder().setCause(nz(event.cause()))
                .setReceipt(ReceiptMapper.of(event, eventId, position))
                .setRecordedAt(Timestamp.newBuilder().setSeconds(event.recordedAt().getEpochSecond())
                        .setNanos(event.recordedAt().getNano()));
        Obligation.Builder o = Obligation.newBuilder().setObligationId(event.obligationId())
                .setResponsibleRegion(event.responsible()).setOwedRegion(event.owed())
                .setPersonKey(event.personKey());
        if (event instanceof ObligationOpened opened) {
            item.setChange(FeedObligation.Change.OPENED);
            o.setKind(opened.kind()).setSubject(opened.subject()).setSide(side(opened.side()))
                    .setOpensOn(date(opened.opensOn())).setDueOn(date(opened.dueOn()))
                    .setPolicyVersion(opened.policyVersion()).setOpenedBy(nz(opened.openedBy()))
                    .setPeriod(nz(opened.period())).setStatus(status(opened.status()))
                    .setEvidence(nz(opened.evidence())).setSettledOn(date(opened.settledOn()));
        } else if (event instanceof ObligationStatusChanged changed) {
            item.setChange(FeedObligation.Change.STATUS_CHANGED);
            o.setStatus(status(changed.status())).setEvidence(nz(changed.evidence()))
                    .setSettledOn(date(changed.settledOn()));
        } else if (event instanceof ObligationReassigned reassigned) {
            item.setChange(FeedObligation.Change.REASSIGNED);
            o.setStatus(status(ObligationStatus.REASSIGNED)).setReplacedBy(reassigned.replacedBy());
        } else if (event instanceof ObligationDisputed disputed) {
            item.setChange(FeedObligation.Change.DISPUTED);
            o.setDispute("disputed").setDisputedBy(disputed.disputedBy()).setDisputeReason(disputed.reason());
        } else if (event instanceof ObligationDisputeRuled ruled) {
            item.setChange(FeedObligation.Change.DISPUTE_RULED);
            o.setDispute(ruled.upheld() ? "upheld" : "dismissed").setDisputeRuling(ruled.reason());
        } else if (event instanceof ObligationWaived waived) {
            item.setChange(FeedObligation.Change.WAIVED);
            o.setStatus(status(ObligationStatus.WAIVED)).setWaivedBy(waived.office())
                    .setWaiverReason(waived.reason());
        }
        return item.setObligation(o).build();
    }

    public static org.tongchou.proto.v1.Side side(Side side) {
        return side == Side.INFLOW ? org.tongchou.proto.v1.Side.INFLOW : org.tongchou.proto.v1.Side.OUTFLOW;
    }

    public static org.tongchou.proto.v1.ObligationStatus status(ObligationStatus status) {
        return org.tongchou.proto.v1.ObligationStatus.valueOf(status.name());
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String nz(String text) {
        return text == null ? "" : text;
    }
}
