package org.tongchou.hub.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.assessment.grpc.AssessmentService;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.Refusals;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.AssessmentGrpc;
import org.tongchou.proto.v1.CoordinationGrpc;
import org.tongchou.proto.v1.ExplainObligationRequest;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.GetScorecardsRequest;
import org.tongchou.proto.v1.GetStatisticsRequest;
import org.tongchou.proto.v1.IndicatorLine;
import org.tongchou.proto.v1.ListObligationsRequest;
import org.tongchou.proto.v1.ListedObligation;
import org.tongchou.proto.v1.ObligationHistory;
import org.tongchou.proto.v1.ObligationStatus;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.proto.v1.WaiveObligationRequest;

/**
 * The two-way assessment end to end, over gRPC on PostgreSQL: three women from Zhengzhou arrive in
 * Wuxi in April 2026 and Wuxi asks Henan to verify each; Henan answers one on time, one late and
 * one never. Henan's outflow scorecard, its drill-down to the obligations and facts, a waiver by
 * Henan's office, CSV exports, and a rebuild of every read model that gives the same bytes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentOverGrpcIT {

  static ConfigurableApplicationContext hub;
  static HubClient wuxi;
  static HubClient henan;
  static HubClient henanOffice;
  static Fact unanswered;

  @BeforeAll
  static void tellTheStory() {
    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("assessment"));
    wuxi = TestHub.clientFor(hub, Facts.WUXI);
    henan = TestHub.clientFor(hub, Facts.HENAN);
    henanOffice = TestHub.clientAs(hub, Role.OFFICE, Facts.HENAN);
    String a = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String b = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    String c = IdNumbers.woman(Facts.ZHENGZHOU_ZHONGYUAN);
    Fact askA = Facts.verificationRequested(a, Facts.WUXI_BINHU, "2026-04-05", false); // due 5 May
    Fact askB =
        Facts.verificationRequested(
            b, Facts.WUXI_BINHU, "2026-04-06", true); // urgent: due 21 April
    unanswered = Facts.verificationRequested(c, Facts.WUXI_BINHU, "2026-04-07", false);
    wuxi.submit(
        List.of(
            Facts.arrival(a, Facts.WUXI_BINHU, "2026-04-01"),
            Facts.arrival(b, Facts.WUXI_BINHU, "2026-04-02"),
            Facts.arrival(c, Facts.WUXI_BINHU, "2026-04-03"),
            askA,
            askB,
            unanswered));
    henan.submit(
        List.of(
            Facts.verificationAnswered(a, Facts.ZHENGZHOU_ZHONGYUAN, "2026-04-20", askA),
            Facts.verificationAnswered(b, Facts.ZHENGZHOU_ZHONGYUAN, "2026-05-01", askB)));
    hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    wuxi.close();
    henan.close();
    henanOffice.close();
    hub.close();
  }

  static AssessmentGrpc.AssessmentBlockingStub assessment(HubClient client) {
    return client.authorized(AssessmentGrpc.newBlockingStub(client.channel()));
  }

  static Scorecard scorecard(HubClient client, String region, Side side) {
    return assessment(client)
        .getScorecards(
            GetScorecardsRequest.newBuilder()
                .setRegion(region)
                .setPeriod("2026-Q2")
                .setCatchUp(true)
                .build())
        .getScorecardsList()
        .stream()
        .filter(s -> s.getRegion().equals(region) && s.getSide() == side)
        .findFirst()
        .orElseThrow();
  }

  static IndicatorLine line(Scorecard card, String indicator) {
    return card.getIndicatorsList().stream()
        .filter(l -> l.getIndicator().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @Order(1)
  void henansOutflowScorecardRatesItsAnswersWithTheFailureSharedWithWuxi() {
    Scorecard henanOutflow = scorecard(henan, Facts.HENAN, Side.OUTFLOW);

    IndicatorLine rate = line(henanOutflow, "verification-feedback-rate");
    assertThat(rate.getObligations()).isEqualTo(3);
    assertThat(rate.getCounted()).isEqualTo(2);
    assertThat(rate.getFailed()).isEqualTo(1);
    // The unanswered request costs Henan 0.8 of its credit, Wuxi the other 0.2.
    assertThat(rate.getCredit()).isEqualTo("2.2000");
    assertThat(rate.getRate()).isEqualTo("0.7333");
    IndicatorLine timeliness = line(henanOutflow, "verification-feedback-timeliness");
    assertThat(timeliness.getCounted()).isEqualTo(1);
    assertThat(timeliness.getRate()).isEqualTo("0.4667");
    assertThat(line(henanOutflow, "certificate-issuance").getRate()).isEqualTo("0.0000");
    assertThat(line(henanOutflow, "birth-acknowledgement").getRate())
        .as("no births: no rate")
        .isEmpty();
    // (30 × 0.7333 + 20 × 0.4667 + 20 × 0) / 70 × 100, the empty lines' weights spread over the
    // rest.
    assertThat(henanOutflow.getScore()).isEqualTo("44.76");
    assertThat(henanOutflow.getPolicyVersion()).isEqualTo("national-2009.1");
  }

  @Test
  @Order(2)
  void wuxisInflowScorecardCarriesItsShareOfTheUnansweredRequestAndItsOwnDuties() {
    Scorecard wuxiInflow = scorecard(wuxi, Facts.WUXI, Side.INFLOW);

    assertThat(wuxiInflow.getPolicyVersion()).isEqualTo("national-2009.1+jiangsu-2021.1");
    assertThat(line(wuxiInflow, "verification-follow-up").getCredit()).isEqualTo("2.8000");
    assertThat(line(wuxiInflow, "verification-requests").getRate()).isEqualTo("1.0000");
    assertThat(line(wuxiInflow, "certificate-verification").getFailed()).isEqualTo(3);
  }

  @Test
  @Order(3)
  void everyNumberExpandsToItsObligationsAndEachObligationToTheFactsBehindIt() {
    List<ListedObligation> behind =
        assessment(henan)
            .listObligations(
                ListObligationsRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod("2026-Q2")
                    .setSide(Side.OUTFLOW)
                    .setIndicator("verification-feedback-rate")
                    .build())
            .getObligationsList();

    assertThat(behind)
        .hasSize(3)
        .extracting(o -> o.getObligation().getStatus())
        .containsExactlyInAnyOrder(
            ObligationStatus.MET_ON_TIME, ObligationStatus.MET_LATE, ObligationStatus.OVERDUE);
    ListedObligation overdue =
        behind.stream()
            .filter(o -> o.getObligation().getStatus() == ObligationStatus.OVERDUE)
            .findFirst()
            .orElseThrow();
    assertThat(overdue.getStanding()).isEqualTo("failed");
    assertThat(overdue.getCredit()).isEqualTo("0.2000");
    assertThat(overdue.getObligation().getOpenedBy())
        .isEqualTo(Facts.WUXI_BINHU + "/" + unanswered.getRecordId());

    ObligationHistory history =
        assessment(henan)
            .explainObligation(
                ExplainObligationRequest.newBuilder()
                    .setObligationId(overdue.getObligation().getObligationId())
                    .build());
    assertThat(history.getEventsList()).isNotEmpty();
    assertThat(history.getFactsList())
        .extracting(f -> f.getFact().getRecordId())
        .contains(unanswered.getRecordId());
    assertThat(history.toString()).doesNotContain("王芳");
  }

  @Test
  @Order(3)
  void aListingInPagesOfOneJoinsIntoTheOneShotListingEachPageTokenNamingItsLastObligation() {
    ListObligationsRequest request =
        ListObligationsRequest.newBuilder()
            .setRegion(Facts.HENAN)
            .setPeriod("2026-Q2")
            .setSide(Side.OUTFLOW)
            .setIndicator("verification-feedback-rate")
            .build();
    List<ListedObligation> oneShot =
        assessment(henan).listObligations(request).getObligationsList();

    List<ListedObligation> joined = new java.util.ArrayList<>();
    String token = "";
    do {
      var page =
          assessment(henan)
              .listObligations(request.toBuilder().setPageSize(1).setPageToken(token).build());
      assertThat(page.getObligationsList()).hasSize(1);
      joined.addAll(page.getObligationsList());
      token = page.getNextPageToken();
      assertThat(token).isIn("", page.getObligations(0).getObligation().getObligationId());
    } while (!token.isEmpty());

    assertThat(oneShot).hasSize(3);
    assertThat(joined).isEqualTo(oneShot);
  }

  @Test
  @Order(3)
  void theWorkbenchsDutyCountsAndListsAreThoseOfEveryLineOfBothScorecards() {
    AssessmentService service = hub.getBean(AssessmentService.class);
    for (String region : List.of(Facts.HENAN, Facts.WUXI)) {
      Caller office = new Caller(Role.OFFICE, region, "test");
      HubClient client = region.equals(Facts.HENAN) ? henan : wuxi;
      Map<String, ListedObligation> listed = new TreeMap<>();
      for (Side side : List.of(Side.INFLOW, Side.OUTFLOW)) {
        for (IndicatorLine line : scorecard(client, region, side).getIndicatorsList()) {
          assessment(client)
              .listObligations(
                  ListObligationsRequest.newBuilder()
                      .setRegion(region)
                      .setPeriod("2026-Q2")
                      .setSide(side)
                      .setIndicator(line.getIndicator())
                      .build())
              .getObligationsList()
              .forEach(o -> listed.putIfAbsent(o.getObligation().getObligationId(), o));
        }
      }

      Scorecards.DutyCounts counts = service.dutyCounts(office, region, "2026-Q2");
      List<ListedObligation> overdue =
          service.duties(office, region, "2026-Q2", Set.of(ObligationStatus.OVERDUE), false);

      assertThat(listed).as(region).isNotEmpty();
      for (ObligationStatus status : ObligationStatus.values()) {
        if (status == ObligationStatus.UNRECOGNIZED
            || status == ObligationStatus.OBLIGATION_STATUS_UNSPECIFIED) {
          continue;
        }
        org.tongchou.hub.obligation.domain.ObligationStatus ours =
            org.tongchou.hub.obligation.domain.ObligationStatus.valueOf(status.name());
        assertThat(counts.of(ours))
            .as(region + " " + status)
            .isEqualTo(
                listed.values().stream()
                    .filter(o -> o.getObligation().getStatus() == status)
                    .count());
        // The duties of each status: the kinds the tally names for it, then those kinds' rows.
        assertThat(service.duties(office, region, "2026-Q2", Set.of(status), false))
            .extracting(o -> o.getObligation().getObligationId())
            .as(region + " " + status + " listed")
            .containsExactlyInAnyOrderElementsOf(
                listed.values().stream()
                    .filter(o -> o.getObligation().getStatus() == status)
                    .map(o -> o.getObligation().getObligationId())
                    .toList());
      }
      assertThat(counts.openDisputes()).isZero();
      assertThat(overdue)
          .extracting(o -> o.getObligation().getObligationId())
          .as("overdue, due date first")
          .containsExactlyElementsOf(
              listed.values().stream()
                  .filter(o -> o.getObligation().getStatus() == ObligationStatus.OVERDUE)
                  .sorted(
                      Comparator.comparing((ListedObligation o) -> o.getObligation().getDueOn())
                          .thenComparing(o -> o.getObligation().getObligationId()))
                  .map(o -> o.getObligation().getObligationId())
                  .toList());
      assertThat(overdue).isNotEmpty();
    }
  }

  @Test
  @Order(3)
  void theWorkbenchsDutyReadsRefuseARegionOutsideTheOfficesJurisdictionAndLogEveryList() {
    AssessmentService service = hub.getBean(AssessmentService.class);
    JdbcTemplate sql = hub.getBean(JdbcTemplate.class);
    String outcomes =
        "SELECT outcome FROM access_log_entry WHERE reader = 'office-log-probe' "
            + "AND action = 'Assessment.ListObligations' ORDER BY sequence";
    Caller henansOffice = new Caller(Role.OFFICE, Facts.HENAN, "office-log-probe");

    service.duties(henansOffice, Facts.HENAN, "2026-Q2", Set.of(ObligationStatus.OVERDUE), false);
    assertThat(sql.queryForList(outcomes, String.class)).as("a list names persons").hasSize(1);

    assertThatThrownBy(() -> service.dutyCounts(henansOffice, Facts.WUXI, "2026-Q2"))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    assertThatThrownBy(
            () ->
                service.duties(
                    henansOffice, Facts.WUXI, "2026-Q2", Set.of(ObligationStatus.OVERDUE), true))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    assertThat(sql.queryForList(outcomes, String.class))
        .as("the refused list is on the log too; the counts name nobody and are not")
        .hasSize(2)
        .last()
        .isEqualTo("refused:OUTSIDE_JURISDICTION");
  }

  @Test
  @Order(4)
  void aRegionCannotReadAnotherRegionsScorecardButItsOfficeCan() {
    assertThatThrownBy(() -> scorecard(wuxi, Facts.HENAN, Side.OUTFLOW))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
              assertThat(Refusals.fields(StatusProto.fromThrowable(e))).containsExactly("region");
            });
    assertThat(scorecard(henanOffice, "410100", Side.OUTFLOW).getRegion()).isEqualTo("410100");
  }

  @Test
  @Order(5)
  void aBadPeriodIsRefusedNamingTheField() {
    assertThatThrownBy(
            () ->
                assessment(henan)
                    .getScorecards(
                        GetScorecardsRequest.newBuilder()
                            .setRegion(Facts.HENAN)
                            .setPeriod("Q2-2026")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> {
              assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
              assertThat(Refusals.fields(StatusProto.fromThrowable(e))).containsExactly("period");
            });
  }

  @Test
  @Order(6)
  void anOfficeWaivesTheUnansweredRequestAndItLeavesTheRate() {
    String overdue =
        assessment(henan)
            .listObligations(
                ListObligationsRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod("2026-Q2")
                    .setSide(Side.OUTFLOW)
                    .setIndicator("verification-feedback-rate")
                    .build())
            .getObligationsList()
            .stream()
            .filter(o -> o.getObligation().getStatus() == ObligationStatus.OVERDUE)
            .findFirst()
            .orElseThrow()
            .getObligation()
            .getObligationId();
    assertThatThrownBy(
            () ->
                henan
                    .authorized(CoordinationGrpc.newBlockingStub(henan.channel()))
                    .waiveObligation(
                        WaiveObligationRequest.newBuilder()
                            .setObligationId(overdue)
                            .setReason("x")
                            .build()))
        .isInstanceOfSatisfying(
            StatusRuntimeException.class,
            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));

    henanOffice
        .authorized(CoordinationGrpc.newBlockingStub(henanOffice.channel()))
        .waiveObligation(
            WaiveObligationRequest.newBuilder()
                .setObligationId(overdue)
                .setReason("the person had emigrated; no record to verify")
                .build());

    IndicatorLine rate =
        line(scorecard(henan, Facts.HENAN, Side.OUTFLOW), "verification-feedback-rate");
    assertThat(rate.getObligations()).isEqualTo(2);
    assertThat(rate.getExcluded()).isEqualTo(1);
    assertThat(rate.getRate()).isEqualTo("1.0000");
  }

  @Test
  @Order(7)
  void theNationalOfficeWaivesAndTheReadModelsNameIt() {
    String late =
        assessment(henan)
            .listObligations(
                ListObligationsRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod("2026-Q2")
                    .setSide(Side.OUTFLOW)
                    .setIndicator("verification-feedback-rate")
                    .build())
            .getObligationsList()
            .stream()
            .filter(o -> o.getObligation().getStatus() != ObligationStatus.WAIVED)
            .findFirst()
            .orElseThrow()
            .getObligation()
            .getObligationId();
    try (HubClient national = TestHub.clientAs(hub, Role.OFFICE, null)) {
      national
          .authorized(CoordinationGrpc.newBlockingStub(national.channel()))
          .waiveObligation(
              WaiveObligationRequest.newBuilder()
                  .setObligationId(late)
                  .setReason("national review")
                  .build());
    }

    IndicatorLine rate =
        line(scorecard(henan, Facts.HENAN, Side.OUTFLOW), "verification-feedback-rate");
    assertThat(rate.getExcluded()).isEqualTo(2);
    assertThat(
            hub.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .queryForObject(
                    "SELECT waived_by FROM obligation_view WHERE obligation_id = ?",
                    String.class,
                    late))
        .isEqualTo("national");
  }

  @Test
  @Order(8)
  void statisticsCountTheMigrantsLivingInWuxiAndTheirOrigin() {
    Statistics figures =
        assessment(henanOffice)
            .getStatistics(
                GetStatisticsRequest.newBuilder()
                    .setRegion(Facts.HENAN)
                    .setPeriod("2026-Q2")
                    .setLevel("province")
                    .setCatchUp(true)
                    .build());
    assertThat(figures.getFlowsList())
        .anySatisfy(
            f -> {
              assertThat(f.getOrigin()).isEqualTo(Facts.HENAN);
              assertThat(f.getDestination()).isEqualTo("320000");
              assertThat(f.getArrivals()).isEqualTo(3);
            });
    Statistics inWuxi =
        assessment(wuxi)
            .getStatistics(
                GetStatisticsRequest.newBuilder()
                    .setRegion(Facts.WUXI)
                    .setPeriod("2026-Q2")
                    .setCatchUp(true)
                    .build());
    assertThat(inWuxi.getStockList())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getRegion()).isEqualTo(Facts.WUXI_BINHU);
              assertThat(s.getMigrants()).isEqualTo(3);
              assertThat(s.getInterProvincial()).isEqualTo(3);
            });
  }

  static byte[] export(
      HubClient client, ExportCsvRequest.Table table, String region, Side side, String indicator) {
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    assessment(client)
        .exportCsv(
            ExportCsvRequest.newBuilder()
                .setTable(table)
                .setRegion(region)
                .setPeriod("2026-Q2")
                .setSide(side)
                .setIndicator(indicator)
                .setChildren(true)
                .setCatchUp(true)
                .build())
        .forEachRemaining(chunk -> csv.writeBytes(chunk.getData().toByteArray()));
    return csv.toByteArray();
  }

  static List<byte[]> everyExport() {
    return List.of(
        export(
            henanOffice, ExportCsvRequest.Table.SCORECARDS, Facts.HENAN, Side.SIDE_UNSPECIFIED, ""),
        export(
            henan,
            ExportCsvRequest.Table.OBLIGATIONS,
            Facts.HENAN,
            Side.OUTFLOW,
            "verification-feedback-rate"),
        export(wuxi, ExportCsvRequest.Table.SCORECARDS, Facts.WUXI, Side.SIDE_UNSPECIFIED, ""),
        export(wuxi, ExportCsvRequest.Table.STOCK, Facts.WUXI, Side.SIDE_UNSPECIFIED, ""),
        export(henanOffice, ExportCsvRequest.Table.FLOWS, Facts.HENAN, Side.SIDE_UNSPECIFIED, ""),
        export(wuxi, ExportCsvRequest.Table.COVERAGE, Facts.WUXI, Side.SIDE_UNSPECIFIED, ""));
  }

  @Test
  @Order(9)
  void rebuildingEveryReadModelFromNothingGivesByteIdenticalScorecardsAndStatistics() {
    List<byte[]> before = everyExport();
    assertThat(new String(before.get(0), java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("region,region_name,period,side,")
        .contains("verification-feedback-rate");

    // Damage every read model, so that only a rebuild from the events can give the same bytes
    // again.
    org.springframework.jdbc.core.JdbcTemplate jdbc =
        hub.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    jdbc.update("UPDATE obligation_view SET status = 'open'");
    jdbc.update("UPDATE obligation_tally SET obligations = obligations + 1");
    jdbc.update("DELETE FROM residence_view");
    assertThat(everyExport().get(0)).isNotEqualTo(before.get(0));
    ReadModels readModels = hub.getBean(ReadModels.class);
    readModels.rebuild();
    assertThat(readModels.awaitCurrent(Duration.ofSeconds(60))).isTrue();

    List<byte[]> after = everyExport();
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i)).as("export %d", i).isEqualTo(before.get(i));
    }
  }
}
