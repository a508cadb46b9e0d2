package org.tongchou.hub.assessment.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.tongchou.hub.assessment.domain.IndicatorLine;
import org.tongchou.hub.assessment.domain.Scorecard;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.platform.csv.Csv;
import org.tongchou.hub.region.domain.RegionDirectory;

/** Scorecards and the obligations behind them as CSV files. */
public final class AssessmentCsv {

  private AssessmentCsv() {}

  public static byte[] scorecards(List<Scorecard> scorecards, RegionDirectory regions) {
    Csv csv =
        new Csv(
            List.of(
                "region",
                "region_name",
                "period",
                "side",
                "policy_version",
                "score",
                "indicator",
                "indicator_name",
                "obligation_kind",
                "party",
                "weight",
                "obligations",
                "counted",
                "failed",
                "pending",
                "excluded",
                "credit",
                "rate",
                "points"));
    for (Scorecard s : scorecards) {
      for (IndicatorLine line : s.lines()) {
        csv.row(
            List.of(
                s.region(),
                regions.nameOf(s.region()),
                s.period().label(),
                s.side().word(),
                s.policyVersion(),
                nz(s.score()),
                line.indicator().id(),
                nz(line.indicator().name()),
                line.indicator().obligation(),
                line.indicator().partyOrResponsible().name().toLowerCase(Locale.ROOT),
                line.indicator().weight(),
                line.obligations(),
                line.counted(),
                line.failed(),
                line.pending(),
                line.excluded(),
                line.credit(),
                nz(line.rate()),
                nz(line.points())));
      }
    }
    return csv.bytes();
  }

  /** The obligations CSV's header. */
  public static final List<String> OBLIGATIONS =
      List.of(
          "obligation_id",
          "person_key",
          "kind",
          "side",
          "responsible",
          "owed",
          "opens_on",
          "due_on",
          "status",
          "standing",
          "credit",
          "evidence",
          "settled_on",
          "policy_version",
          "opened_by",
          "period",
          "replaced_by",
          "waived_by",
          "waiver_reason");

  /**
   * One obligation's row of the obligations CSV (after its header {@link #OBLIGATIONS}); {@code
   * shown}: the row as the caller may see it (its personal texts opened, or erased).
   */
  public static List<Object> obligation(
      Scorecards.Behind behind, ObligationRow r, UnaryOperator<ObligationRow> shown) {
    List<Object> fields =
        new ArrayList<>(
            List.of(
                r.obligationId(),
                r.personKey(),
                r.kind(),
                r.side().word(),
                r.responsible(),
                r.owed(),
                r.opensOn(),
                r.dueOn(),
                r.status().word(),
                behind.standing(r)));
    fields.add(behind.credit(r).map(c -> (Object) c).orElse(""));
    fields.addAll(
        Arrays.asList(
            nz(r.evidence()),
            r.settledOn() == null ? "" : r.settledOn(),
            r.policyVersion(),
            nz(r.openedBy()),
            nz(r.period()),
            nz(r.replacedBy()),
            nz(r.waivedBy()),
            nz(shown.apply(r).waiverReason())));
    return fields;
  }

  private static Object nz(Object value) {
    return value == null ? "" : value;
  }
}
