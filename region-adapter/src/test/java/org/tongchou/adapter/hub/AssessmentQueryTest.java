package org.tongchou.adapter.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Side;

class AssessmentQueryTest {

  @Test
  void theSidesAndTablesAnOptionTakesAreTheContractsWithoutItsUnspecifiedValue() {
    assertThat(AssessmentQuery.SIDES).containsExactly("inflow", "outflow");
    assertThat(AssessmentQuery.TABLES)
        .containsExactly("scorecards", "obligations", "stock", "flows", "births", "coverage");
  }

  @Test
  void anExportAsksWhatItsTablesRpcAsks() {
    AssessmentQuery q =
        AssessmentQuery.of("320200", "2026", true)
            .withLine("outflow", "verification-feedback-rate")
            .withRows("2026-06-30", "county");

    ExportCsvRequest request = AssessmentRequests.export(q, "obligations");

    assertThat(request.getTable()).isEqualTo(ExportCsvRequest.Table.OBLIGATIONS);
    assertThat(request.getSide()).isEqualTo(Side.OUTFLOW);
    assertThat(request.getIndicator())
        .isEqualTo(AssessmentRequests.obligations(q, 0, "").getIndicator());
    assertThat(request.getOn()).isEqualTo(AssessmentRequests.statistics(q).getOn());
    assertThat(request.getCatchUp()).isTrue();
  }

  @Test
  void withoutASideTheRequestLeavesItUnspecifiedForTheHubToRefuse() {
    assertThat(
            AssessmentRequests.obligations(AssessmentQuery.of("320200", "2026", false), 0, "")
                .getSide())
        .isEqualTo(Side.SIDE_UNSPECIFIED);
  }

  @Test
  void aWordThatNamesNoSideIsRefusedNamingTheChoices() {
    AssessmentQuery q = AssessmentQuery.of("320200", "2026", false).withLine("upstream", "x");

    assertThatThrownBy(q::wireSide)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("side takes inflow, outflow, got 'upstream'");
  }
}
