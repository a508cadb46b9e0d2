package org.tongchou.hub.assessment.grpc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.tongchou.hub.assessment.domain.IndicatorLine;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.grpc.ObligationMapper;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.Scorecard;

/** Scorecards and obligation rows onto the wire. */
public final class AssessmentMapper {

  private AssessmentMapper() {}

  public static Scorecard toProto(
      org.tongchou.hub.assessment.domain.Scorecard s, RegionDirectory regions) {
    Scorecard.Builder card =
        Scorecard.newBuilder()
            .setRegion(s.region())
            .setRegionName(regions.nameOf(s.region()))
            .setSide(ObligationMapper.side(s.side()))
            .setPeriod(s.period().label())
            .setPolicyVersion(s.policyVersion())
            .setScore(decimal(s.score()));
    for (IndicatorLine line : s.lines()) {
      card.addIndicators(
          org.tongchou.proto.v1.IndicatorLine.newBuilder()
              .setIndicator(line.indicator().id())
              .setName(nz(line.indicator().name()))
              .setObligationKind(line.indicator().obligation())
              .setParty(line.indicator().partyOrResponsible().name().toLowerCase(Locale.ROOT))
              .setWeight(decimal(line.indicator().weight()))
              .setObligations(line.obligations())
              .setCounted(line.counted())
              .setFailed(line.failed())
              .setPending(line.pending())
              .setExcluded(line.excluded())
              .setCredit(decimal(line.credit()))
              .setRate(decimal(line.rate()))
              .setPoints(decimal(line.points())));
    }
    return card.build();
  }

  public static Obligation toProto(ObligationRow r) {
    return Obligation.newBuilder()
        .setObligationId(r.obligationId())
        .setKind(r.kind())
        .setSubject(r.subject())
        .setSide(ObligationMapper.side(r.side()))
        .setResponsibleRegion(r.responsible())
        .setOwedRegion(r.owed())
        .setOpensOn(date(r.opensOn()))
        .setDueOn(date(r.dueOn()))
        .setPolicyVersion(r.policyVersion())
        .setOpenedBy(nz(r.openedBy()))
        .setPeriod(nz(r.period()))
        .setStatus(ObligationMapper.status(r.status()))
        .setEvidence(nz(r.evidence()))
        .setSettledOn(date(r.settledOn()))
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

  static String decimal(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  static String date(LocalDate day) {
    return day == null ? "" : day.toString();
  }

  static String nz(String text) {
    return text == null ? "" : text;
  }
}
