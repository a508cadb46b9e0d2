package org.tongchou.workload.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.cli.CommandRun;
import org.tongchou.adapter.cli.HubAssessment;
import org.tongchou.adapter.cli.IndicatorRule;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.IndicatorLine;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Statistics;
import org.tongchou.workload.simulate.Divisions;

/**
 * Issue #4's end-to-end check: {@code simulate} writes a year of a 300-person workload between
 * twenty provinces, each province pushes its file through the real {@code push} command to a real
 * hub on PostgreSQL, and what the hub then says through its public Assessment API (an auditor's
 * view) is compared, exactly, with the ground truth the generator worked out on its own.
 */
class SimulatedWorkloadIT {

  static final String SEED = "4";
  static final String YEAR = "2025";

  @TempDir static Path dir;
  static ConfigurableApplicationContext hub;
  static HubClient auditor;
  static HubAssessment assessment;
  static JsonNode truth;
  static final Map<String, CommandRun> pushes = new LinkedHashMap<>();
  static final Divisions divisions = Divisions.shipped();
  static List<Obligation> listed;

  @BeforeAll
  static void simulateAndPushEveryProvinceInTurn() throws Exception {
    CommandRun simulated =
        CommandRun.with(
            Workload::commandLine,
            "simulate",
            "--seed",
            SEED,
            "--persons",
            "300",
            "--start",
            YEAR + "-01",
            "--months",
            "12",
            "--out",
            dir.toString());
    assertThat(simulated.exitCode()).as(simulated.out() + simulated.err()).isZero();
    truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());

    hub = TestHub.startOnPostgres(TestHub.inFreshSchema("sim"));
    String address = "127.0.0.1:" + TestHub.grpcPort(hub);
    CredentialStore credentials = hub.getBean(CredentialStore.class);
    // One after the other, in the ground truth's order: which of two conflicting claims the hub
    // recorded first decides who holds the shared days.
    for (JsonNode code : truth.get("pushOrder")) {
      String province = code.asText();
      Path token =
          Files.writeString(
              dir.resolve(province + ".token"), credentials.issue(province, "sim-" + province));
      pushes.put(
          province,
          CommandRun.of(
              "push",
              dir.resolve("facts/" + province + ".jsonl").toString(),
              "--hub",
              address,
              "--region",
              province,
              "--token-file",
              token.toString()));
    }
    assertThat(hub.getBean(ReadModels.class).awaitCurrent(Duration.ofSeconds(120))).isTrue();
    auditor = TestHub.clientAs(hub, Role.AUDITOR, null);
    assessment = new HubAssessment(auditor);
  }

  @AfterAll
  static void stopHub() {
    if (auditor != null) {
      auditor.close();
    }
    if (hub != null) {
      hub.close();
    }
  }

  @Test
  void everyLineOfEveryProvinceFileIsAccepted() {
    assertThat(pushes.keySet()).hasSize(truth.get("facts").size());
    pushes.forEach(
        (province, run) -> {
          assertThat(run.exitCode()).as(province + ": " + run.out() + run.err()).isZero();
          assertThat(run.out())
              .as(province)
              .containsPattern(
                  "accepted +"
                      + String.format("%,d", truth.get("facts").get(province).asInt())
                      + "\\n")
              .containsPattern("refused +0\\n");
        });
  }

  @Test
  void theStockOnTheLastDayIsTheGroundTruthsInEveryProvince() {
    Map<String, Long> hubStock = new TreeMap<>();
    for (String province : provinces()) {
      statistics(province)
          .getStockList()
          .forEach(
              line -> {
                assertThat(line.getInterProvincial())
                    .as("every simulated migrant crossed a province line")
                    .isEqualTo(line.getMigrants());
                hubStock.put(line.getRegion(), line.getMigrants());
              });
    }
    assertThat(hubStock).isEqualTo(longs(truth.get("stock")));
  }

  @Test
  void theFlowMatrixOfArrivalsIsTheGroundTruths() {
    Map<String, Long> hubFlows = new TreeMap<>();
    for (String province : provinces()) {
      // Each province lists the pairs with an end inside it: every pair comes twice, equal.
      statistics(province)
          .getFlowsList()
          .forEach(
              line -> {
                Long before =
                    hubFlows.put(
                        line.getOrigin() + "->" + line.getDestination(), line.getArrivals());
                assertThat(before).as(line.toString()).isIn(null, line.getArrivals());
              });
    }
    Map<String, Long> expected = new TreeMap<>();
    truth
        .get("flows")
        .forEach(
            cell ->
                expected.put(
                    cell.get("origin").asText() + "->" + cell.get("destination").asText(),
                    cell.get("arrivals").asLong()));
    assertThat(hubFlows).isEqualTo(expected);
  }

  @Test
  void birthsToMigrantMothersBySexAreTheGroundTruths() {
    Map<String, String> hubBirths = new TreeMap<>();
    for (String province : provinces()) {
      statistics(province)
          .getBirthsList()
          .forEach(
              line ->
                  hubBirths.put(
                      line.getRegion(), line.getBoys() + " boys, " + line.getGirls() + " girls"));
    }
    Map<String, String> expected = new TreeMap<>();
    truth
        .get("births")
        .fields()
        .forEachRemaining(
            e ->
                expected.put(
                    e.getKey(),
                    e.getValue().get("boys").asLong()
                        + " boys, "
                        + e.getValue().get("girls").asLong()
                        + " girls"));
    assertThat(hubBirths).isEqualTo(expected);
  }

  @Test
  void everyCoverageDutyOfTheYearIsMetAndAsManyFellDueAsTheGroundTruthSays() {
    Map<String, String> hubCoverage = new TreeMap<>();
    for (String province : provinces()) {
      statistics(province)
          .getCoverageList()
          .forEach(
              line ->
                  hubCoverage.put(
                      line.getRegion() + " " + line.getKind(),
                      line.getMet() + " met of " + line.getDue()));
    }
    Map<String, String> expected = new TreeMap<>();
    truth
        .get("coverage")
        .fields()
        .forEachRemaining(
            province ->
                province
                    .getValue()
                    .fields()
                    .forEachRemaining(
                        kind ->
                            expected.put(
                                province.getKey() + " " + kind.getKey(),
                                kind.getValue().get("met").asLong()
                                    + " met of "
                                    + kind.getValue().get("due").asLong())));
    assertThat(expected.values())
        .as("the generator delivers a service every month")
        .allSatisfy(
            cell -> assertThat(cell.split(" met of ")[0]).isEqualTo(cell.split(" met of ")[1]));
    assertThat(hubCoverage).isEqualTo(expected);
  }

  @Test
  void theHubHoldsExactlyTheGroundTruthsObligationsEachEndingAsItSays() {
    List<String> hubObligations = hubObligations().stream().map(HubAssessment::described).toList();

    assertThat(hubObligations).containsExactlyInAnyOrderElementsOf(expectedObligations());
  }

  @Test
  void theObligationsEndingOverdueAreTheGroundTruthsForTheSameRegions() {
    List<String> hubOverdue =
        hubObligations().stream()
            .filter(o -> o.getStatus() == org.tongchou.proto.v1.ObligationStatus.OVERDUE)
            .map(o -> o.getKind() + " " + o.getResponsibleRegion() + " " + o.getOpenedBy())
            .toList();
    List<String> expected = new ArrayList<>();
    truth
        .get("overdue")
        .forEach(
            o ->
                expected.add(
                    o.get("kind").asText()
                        + " "
                        + o.get("responsible").asText()
                        + " "
                        + o.get("openedBy").asText()));

    assertThat(expected).isNotEmpty();
    assertThat(hubOverdue).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyScorecardLineCountsTheGroundTruthsObligationsInEveryProvinceAndQuarter() {
    for (String province : provinces()) {
      for (String quarter : quarters()) {
        for (IndicatorRule rule : IndicatorRule.CHECKED) {
          Scorecard card = assessment.scorecard(province, quarter, rule.side());
          IndicatorLine line =
              card.getIndicatorsList().stream()
                  .filter(l -> l.getIndicator().equals(rule.indicator()))
                  .findFirst()
                  .orElseThrow();
          assertThat(line.getObligationKind()).isEqualTo(rule.kind());
          assertThat(line.getParty()).isEqualTo(rule.owedParty() ? "owed" : "responsible");
          assertThat(counts(line))
              .as(province + " " + quarter + " " + rule.sideWord() + " " + rule.indicator())
              .isEqualTo(expectedCounts(rule, province, quarter));
        }
      }
    }
    assertThat(
            assessment
                .scorecard("320000", YEAR + "-Q4", org.tongchou.proto.v1.Side.INFLOW)
                .getPolicyVersion())
        .as("Jiangsu scores under its own override")
        .isEqualTo("national-2009.1+jiangsu-2021.1");
  }

  // --- the hub's side

  static Statistics statistics(String province) {
    return assessment.statistics(province, YEAR, truth.get("range").get("last").asText());
  }

  /**
   * Every obligation of the compared kinds, from the one scorecard line of each kind and side that
   * lists it.
   */
  static synchronized List<Obligation> hubObligations() {
    if (listed != null) {
      return listed;
    }
    List<Obligation> all = new ArrayList<>();
    for (String province : provinces()) {
      for (String quarter : quarters()) {
        for (IndicatorRule rule : IndicatorRule.LISTING) {
          all.addAll(assessment.behind(province, quarter, rule.side(), rule.indicator()));
        }
      }
    }
    assertThat(all).extracting(Obligation::getObligationId).doesNotHaveDuplicates();
    listed = List.copyOf(all);
    return listed;
  }

  static String counts(IndicatorLine line) {
    return line.getObligations()
        + " obligations, "
        + line.getCounted()
        + " counted, "
        + line.getFailed()
        + " failed, "
        + line.getPending()
        + " pending, "
        + line.getExcluded()
        + " excluded";
  }

  // --- the ground truth's side

  static List<String> expectedObligations() {
    List<String> expected = new ArrayList<>();
    truth
        .get("obligations")
        .forEach(
            o ->
                expected.add(
                    String.join(
                        " ",
                        o.get("kind").asText(),
                        o.get("side").asText(),
                        o.get("responsible").asText(),
                        o.get("owed").asText(),
                        o.get("openedBy").asText(),
                        o.get("dueOn").asText(),
                        o.get("status").asText())));
    return expected;
  }

  static String expectedCounts(IndicatorRule rule, String province, String quarter) {
    int obligations = 0;
    int counted = 0;
    for (JsonNode o : truth.get("obligations")) {
      String party = o.get(rule.owedParty() ? "owed" : "responsible").asText();
      if (o.get("kind").asText().equals(rule.kind())
          && o.get("side").asText().equals(rule.obligationSide())
          && divisions.provinceOf(party).equals(province)
          && quarterOf(o.get("dueOn").asText()).equals(quarter)) {
        obligations++;
        counted += rule.counts(o.get("status").asText()) ? 1 : 0;
      }
    }
    // Nothing is pending: the range ended months before today, so every duty is settled.
    return obligations
        + " obligations, "
        + counted
        + " counted, "
        + (obligations - counted)
        + " failed, 0 pending, "
        + "0 excluded";
  }

  static List<String> provinces() {
    List<String> provinces = new ArrayList<>();
    truth.get("provinces").forEach(p -> provinces.add(p.asText()));
    return provinces;
  }

  /** The range's quarters and those its duties fall due in (at most 30 days after its end). */
  static List<String> quarters() {
    List<String> quarters = new ArrayList<>();
    LocalDate last = LocalDate.parse(truth.get("range").get("last").asText()).plusDays(30);
    LocalDate first = LocalDate.parse(truth.get("range").get("first").asText());
    for (LocalDate day = first.withMonth((first.getMonthValue() - 1) / 3 * 3 + 1).withDayOfMonth(1);
        !day.isAfter(last);
        day = day.plusMonths(3)) {
      quarters.add(quarterOf(day.toString()));
    }
    return quarters;
  }

  static String quarterOf(String isoDate) {
    LocalDate day = LocalDate.parse(isoDate);
    return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
  }

  static Map<String, Long> longs(JsonNode object) {
    Map<String, Long> map = new TreeMap<>();
    object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
    return map;
  }
}
