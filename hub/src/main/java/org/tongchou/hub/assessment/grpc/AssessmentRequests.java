package org.tongchou.hub.assessment.grpc;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.tongchou.hub.access.grpc.RegionScope;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.policy.domain.Side;
import org.tongchou.hub.policy.grpc.PeriodField;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.region.domain.RegionLevel;

/** Reads the common request fields, refusing a bad one with INVALID_ARGUMENT naming it. */
final class AssessmentRequests {

  private AssessmentRequests() {}

  static CoveragePeriod.Labelled period(String text) {
    return PeriodField.parse(text, "'" + text + "' is no period: " + PeriodField.FORMS);
  }

  static Side side(org.tongchou.proto.v1.Side side) {
    return switch (side) {
      case INFLOW -> Side.INFLOW;
      case OUTFLOW -> Side.OUTFLOW;
      default -> throw RegionScope.invalid("side", "INFLOW or OUTFLOW");
    };
  }

  static LocalDate day(String text, LocalDate otherwise) {
    if (text.isEmpty()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw RegionScope.invalid("on", "'" + text + "' is no ISO date (YYYY-MM-DD)");
    }
  }

  /** The level asked for, else the one right under the region. */
  static RegionLevel level(String text, String region, RegionDirectory regions) {
    if (text.isEmpty()) {
      RegionLevel own = regions.find(region).map(r -> r.level()).orElse(RegionLevel.COUNTY);
      return own == RegionLevel.PROVINCE ? RegionLevel.CITY : RegionLevel.COUNTY;
    }
    try {
      return RegionLevel.parse(text);
    } catch (IllegalArgumentException e) {
      throw RegionScope.invalid("level", "province, city or county, got '" + text + "'");
    }
  }
}
