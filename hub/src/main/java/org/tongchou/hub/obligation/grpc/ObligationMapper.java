package org.tongchou.hub.obligation.grpc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongchou.hub.obligation.domain.Obligation.Dispute;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.grpc.ReceiptMapper;
import org.tongchou.hub.platform.grpc.ProtoTime;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.proto.v1.FeedObligation;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.ObligationChange.Change;

/** Obligations, their events and their changes onto the wire. */
public final class ObligationMapper {

  private ObligationMapper() {}

  /** The event with all its changes, or, with {@code only}, the changes to that one obligation. */
  public static FeedObligation toFeed(
      ObligationsChanged event, String eventId, long position, String only) {
    FeedObligation.Builder item = envelope(event, event.cause(), eventId, position);
    List<ObligationChange> changes = only == null ? event.changes() : event.of(only);
    changes.forEach(change -> item.addChanges(toProto(change, event.personKey())));
    return item.build();
  }

  public static FeedObligation toFeed(ReevaluationRecorded event, String eventId, long position) {
    return envelope(event, "office:" + event.office(), eventId, position)
        .addChanges(
            org.tongchou.proto.v1.ObligationChange.newBuilder()
                .setChange(org.tongchou.proto.v1.ObligationChange.Change.REEVALUATED)
                .setObligation(
                    Obligation.newBuilder()
                        .setPolicyVersion(event.policyVersion())
                        .setPersonKey(event.personKey())))
        .addAllReevaluated(event.obligationIds())
        .setPeriod(event.period())
        .setReason(event.reason())
        .build();
  }

  private static FeedObligation.Builder envelope(
      PersonEvent event, String cause, String eventId, long position) {
    Instant at = event.recordedAt();
    return FeedObligation.newBuilder()
        .setCause(nz(cause))
        .setReceipt(ReceiptMapper.of(event, eventId, position))
        .setRecordedAt(ProtoTime.of(at));
  }

  static org.tongchou.proto.v1.ObligationChange toProto(ObligationChange change, String personKey) {
    Obligation.Builder o =
        Obligation.newBuilder()
            .setObligationId(change.obligationId())
            .setResponsibleRegion(change.responsible())
            .setOwedRegion(change.owed())
            .setPersonKey(personKey);
    org.tongchou.proto.v1.ObligationChange.Change kind = change.accept(new Writing(o));
    return org.tongchou.proto.v1.ObligationChange.newBuilder()
        .setChange(kind)
        .setObligation(o)
        .build();
  }

  /** Each kind of change onto the obligation it shows; answers the wire's name of the kind. */
  private record Writing(Obligation.Builder o) implements ObligationChange.Visitor<Change> {

    @Override
    public Change opened(ObligationChange.Opened opened) {
      o.setKind(opened.kind())
          .setSubject(opened.subject())
          .setSide(side(opened.side()))
          .setOpensOn(date(opened.opensOn()))
          .setDueOn(date(opened.dueOn()))
          .setPolicyVersion(opened.policyVersion())
          .setOpenedBy(nz(opened.openedBy()))
          .setPeriod(nz(opened.period()))
          .setStatus(status(opened.status()))
          .setEvidence(nz(opened.evidence()))
          .setSettledOn(date(opened.settledOn()))
          .setCountedOn(date(opened.settledOn()));
      return org.tongchou.proto.v1.ObligationChange.Change.OPENED;
    }

    @Override
    public Change statusChanged(ObligationChange.StatusChanged changed) {
      o.setStatus(status(changed.status()))
          .setEvidence(nz(changed.evidence()))
          .setSettledOn(date(changed.settledOn()))
          .setCountedOn(date(changed.settledOn()));
      return org.tongchou.proto.v1.ObligationChange.Change.STATUS_CHANGED;
    }

    @Override
    public Change reassigned(ObligationChange.Reassigned reassigned) {
      o.setStatus(status(ObligationStatus.REASSIGNED)).setReplacedBy(reassigned.replacedBy());
      return org.tongchou.proto.v1.ObligationChange.Change.REASSIGNED;
    }

    @Override
    public Change waived(ObligationChange.Waived waived) {
      o.setStatus(status(ObligationStatus.WAIVED))
          .setWaivedBy(waived.office())
          .setWaiverReason(waived.reason());
      return org.tongchou.proto.v1.ObligationChange.Change.WAIVED;
    }

    @Override
    public Change disputed(ObligationChange.Disputed disputed) {
      o.setDispute(Dispute.DISPUTED.word())
          .setDisputedBy(disputed.disputedBy())
          .setDisputeReason(disputed.reason());
      return org.tongchou.proto.v1.ObligationChange.Change.DISPUTED;
    }

    @Override
    public Change disputeRuled(ObligationChange.DisputeRuled ruled) {
      o.setDispute(Dispute.ruled(ruled.upheld()).word()).setDisputeRuling(ruled.reason());
      return org.tongchou.proto.v1.ObligationChange.Change.DISPUTE_RULED;
    }
  }

  /** An obligation as the read model holds it. */
  public static Obligation toProto(ObligationRow r) {
    return Obligation.newBuilder()
        .setObligationId(r.obligationId())
        .setKind(r.kind())
        .setSubject(r.subject())
        .setSide(side(r.side()))
        .setResponsibleRegion(r.responsible())
        .setOwedRegion(r.owed())
        .setOpensOn(date(r.opensOn()))
        .setDueOn(date(r.dueOn()))
        .setPolicyVersion(r.policyVersion())
        .setOpenedBy(nz(r.openedBy()))
        .setPeriod(nz(r.period()))
        .setStatus(status(r.status()))
        .setEvidence(nz(r.evidence()))
        .setSettledOn(date(r.settledOn()))
        .setCountedOn(date(r.settledOn()))
        .setPersonKey(r.personKey())
        .setReplacedBy(nz(r.replacedBy()))
        .setWaivedBy(nz(r.waivedBy()))
        .setWaiverReason(nz(r.waiverReason()))
        .setDispute(nz(r.dispute()))
        .setDisputedBy(nz(r.disputedBy()))
        .setDisputeReason(nz(r.disputeReason()))
        .setDisputeRuling(nz(r.disputeRuling()))
        .build();
  }

  public static org.tongchou.proto.v1.Side side(Side side) {
    return side == Side.INFLOW
        ? org.tongchou.proto.v1.Side.INFLOW
        : org.tongchou.proto.v1.Side.OUTFLOW;
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
