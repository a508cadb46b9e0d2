package org.tongchou.hub.assessment.grpc;

import java.math.BigDecimal;
import java.util.Locale;
import org.tongchou.hub.assessment.domain.IndicatorLine;
import org.tongchou.hub.obligation.grpc.ObligationMapper;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.proto.v1.Scorecard;

/** Scorecards onto the wire. */
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

  static String decimal(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  static String nz(String text) {
    return text == null ? "" : text;
  }
}
