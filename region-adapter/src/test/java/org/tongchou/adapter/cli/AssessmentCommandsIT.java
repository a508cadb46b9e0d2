package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.IndicatorLine;
import org.tongchou.proto.v1.Obligation;
import org.tongchou.proto.v1.Scorecard;
import org.tongchou.proto.v1.Side;
import org.tongchou.proto.v1.Statistics;

/**
 * The Assessment commands against the real hub on PostgreSQL, over a real gRPC channel, after the
 * walk-through's push: Jiangsu's office (320000) reads Wuxi's (320200) scorecards, drills into a
 * line, explains an obligation, reads the statistics and exports CSV, and each prints what the
 * Assessment RPCs answer an auditor; Wuxi's own credential is refused outside Wuxi.
 */
class AssessmentCommandsIT {

  static final String PERIOD = "2026";
  static final String LINE = "certificate-verification";

  @TempDir static Path dir;
  static WalkthroughHub hub;
  static Path jiangsu;
  static Path wuxi;
  static HubAssessment rpc;

  @BeforeAll
  static void pushTheWalkthroughFileAsWuxi() throws Exception {
    hub = WalkthroughHub.start(dir);
    wuxi = hub.credential(Role.REGION, WalkthroughHub.WUXI, "wuxi");
    jiangsu = hub.credential(Role.OFFICE, "320000", "jiangsu");
    CommandRun push = hub.push("wuxi-arrivals.jsonl", wuxi);
    assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
    rpc = hub.auditorsView();
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void theOfficeSeesWuxisScorecardsAndItsCountiesWithTheCountsTheRpcGives() {
    CommandRun run =
        as(
            jiangsu,
            "scorecards",
            "--region",
            "320200",
            "--period",
            PERIOD,
            "--children",
            "--catch-up");

    assertThat(run.exitCode()).as(run.err()).isZero();
    Map<String, String> expected =
        indicatorRows(rpc.scorecards("320200", PERIOD, true).getScorecardsList());
    assertThat(expected.values())
        .as("the walk-through's arrivals open duties in Wuxi")
        .anyMatch(row -> !row.startsWith("0 "));
    assertThat(printedIndicatorRows(run.out())).isEqualTo(expected);
    assertThat(run.out())
        .contains("320200 无锡市  inflow  2026  policy national-2009.1+jiangsu-2021.1  score ")
        .containsPattern("as of log position \\d+ \\(current\\)");
  }

  @Test
  void theObligationsBehindALineAreEveryPageOfTheRpcsListInOrder() {
    List<String> expected =
        rpc.behind("320200", PERIOD, Side.INFLOW, LINE).stream()
            .map(Obligation::getObligationId)
            .toList();

    CommandRun run =
        as(
            jiangsu,
            "obligations",
            "--region",
            "320200",
            "--period",
            PERIOD,
            "--side",
            "inflow",
            "--indicator",
            LINE,
            "--page-size",
            "1",
            "--catch-up");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(expected).as("more than one page of one").hasSizeGreaterThan(1);
    assertThat(tableRows(run.out()).map(row -> row.strip().split(" +")[0]).toList())
        .isEqualTo(expected);
    assertThat(run.out())
        .startsWith(expected.size() + " obligations behind inflow " + LINE + " of 320200 for 2026");
  }

  @Test
  void explainingAnObligationShowsItsEventsAndTheFactsBehindItWithoutNamesOrIdNumbers() {
    Obligation first = rpc.behind("320200", PERIOD, Side.INFLOW, LINE).get(0);
    String openingRecord = first.getOpenedBy().substring(first.getOpenedBy().indexOf('/') + 1);

    CommandRun run =
        as(jiangsu, "explain", first.getObligationId(), "--purpose", "assessment review");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Obligation " + first.getObligationId(),
            "  responsible_region  " + first.getResponsibleRegion(),
            "(opened, " + first.getOpenedBy() + ")",
            "receipt: person event #",
            "ArrivalRegistered  " + openingRecord);
    assertThat(run.out()).doesNotContain(WalkthroughIT.WANG_FANG).doesNotContain("王芳");
  }

  @Test
  void statisticsPrintTheRpcsStockAndFlowsRowByRow() {
    Statistics expected = rpc.statistics("320200", PERIOD, "", "county");

    CommandRun run =
        as(
            jiangsu,
            "statistics",
            "--region",
            "320200",
            "--period",
            PERIOD,
            "--level",
            "county",
            "--catch-up");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(expected.getStockList()).isNotEmpty();
    expected
        .getStockList()
        .forEach(
            l ->
                assertThat(run.out())
                    .containsPattern(
                        "(?m)^  "
                            + l.getRegion()
                            + " +"
                            + l.getMigrants()
                            + " +"
                            + l.getInterProvincial()
                            + "  "
                            + l.getRegionName()
                            + "$"));
    expected
        .getFlowsList()
        .forEach(
            l ->
                assertThat(run.out())
                    .containsPattern(
                        "(?m)^  "
                            + l.getOrigin()
                            + "  "
                            + l.getDestination()
                            + " +"
                            + l.getArrivals()
                            + "$"));
    assertThat(run.out())
        .contains("Stock on 2026-12-31", "Births in 2026", "Coverage duties settled in 2026");
  }

  @Test
  void anExportIsTheRpcsStreamByteForByteUnderTheHubsFileName() {
    CommandRun run =
        as(
            jiangsu,
            "export",
            "scorecards",
            "--region",
            "320200",
            "--period",
            PERIOD,
            "--children",
            "--catch-up",
            "--output",
            dir.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    Path file = dir.resolve("scorecards-320200-2026.csv");
    assertThat(file)
        .hasBinaryContent(
            rpc.csv(
                ExportCsvRequest.newBuilder()
                    .setTable(ExportCsvRequest.Table.SCORECARDS)
                    .setRegion("320200")
                    .setPeriod(PERIOD)
                    .setChildren(true)
                    .build()));
    assertThat(run.out()).contains("written to " + file);
  }

  @Test
  void anObligationsExportToANamedFileIsTheRpcsStreamToo() {
    Path file = dir.resolve("wuxi-verification.csv");

    CommandRun run =
        as(
            jiangsu,
            "export",
            "obligations",
            "--region",
            "320200",
            "--period",
            PERIOD,
            "--side",
            "inflow",
            "--indicator",
            LINE,
            "--output",
            file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(file)
        .hasBinaryContent(
            rpc.csv(
                ExportCsvRequest.newBuilder()
                    .setTable(ExportCsvRequest.Table.OBLIGATIONS)
                    .setRegion("320200")
                    .setPeriod(PERIOD)
                    .setSide(Side.INFLOW)
                    .setIndicator(LINE)
                    .build()));
  }

  @Test
  void wuxiReadsItsOwnScorecardsButAskingForJiangsuIsPermissionDeniedOnRegion() {
    assertThat(as(wuxi, "scorecards", "--region", "320200", "--period", PERIOD).exitCode())
        .isZero();

    CommandRun run = as(wuxi, "scorecards", "--region", "320000", "--period", PERIOD);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .startsWith("scorecards: PERMISSION_DENIED: ")
        .containsPattern("(?m)^  region: ");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aRefusedExportLeavesNoFile() throws Exception {
    Path refused = dir.resolve("refused");
    java.nio.file.Files.createDirectories(refused);

    CommandRun run =
        as(
            wuxi,
            "export",
            "stock",
            "--region",
            "320000",
            "--period",
            PERIOD,
            "--output",
            refused.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("PERMISSION_DENIED");
    assertThat(refused).isEmptyDirectory();
  }

  @Test
  void aBadPeriodAndAnUnknownIndicatorAreRefusedByTheHubNamingTheField() {
    CommandRun period = as(jiangsu, "statistics", "--region", "320200", "--period", "2026-13");
    CommandRun indicator =
        as(
            jiangsu,
            "obligations",
            "--region",
            "320200",
            "--period",
            PERIOD,
            "--side",
            "outflow",
            "--indicator",
            "no-such-line");

    assertThat(period.exitCode()).isEqualTo(1);
    assertThat(period.err()).contains("INVALID_ARGUMENT").containsPattern("(?m)^  period: ");
    assertThat(indicator.exitCode()).isEqualTo(1);
    assertThat(indicator.err())
        .containsPattern("(?m)^  indicator: ")
        .contains("verification-feedback-rate");
  }

  @Test
  void aRegionThatIsNoPartyCannotTellTheObligationExists() throws Exception {
    Path suzhou = hub.credential(Role.REGION, "320500", "suzhou");
    String id = rpc.behind("320200", PERIOD, Side.INFLOW, LINE).get(0).getObligationId();

    CommandRun run = as(suzhou, "explain", id);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("explain: NOT_FOUND");
  }

  // --- reading what the commands printed

  static CommandRun as(Path token, String... args) {
    return CommandRun.of(
        Stream.concat(
                Stream.of(args), Stream.of("--hub", hub.address, "--token-file", token.toString()))
            .toArray(String[]::new));
  }

  /** The rows of the tables a command printed: indented lines, without the headings. */
  static Stream<String> tableRows(String out) {
    return out.lines()
        .filter(
            l ->
                l.startsWith("  ")
                    && !l.startsWith("  indicator ")
                    && !l.startsWith("  obligation "));
  }

  /** {@code REGION SIDE INDICATOR} to the row's counts as {@code scorecards} printed them. */
  static Map<String, String> printedIndicatorRows(String out) {
    Map<String, String> rows = new TreeMap<>();
    String card = null;
    for (String line : out.lines().toList()) {
      if (line.matches("\\d{6} .*  (inflow|outflow)  .*")) {
        String[] words = line.split(" +");
        card = words[0] + " " + words[2];
      } else if (line.startsWith("  ") && !line.startsWith("  indicator ")) {
        String[] cells = line.strip().split(" +");
        rows.put(card + " " + cells[0], String.join(" ", List.of(cells).subList(1, cells.length)));
      }
    }
    return rows;
  }

  /** The same, from the RPC's answer. */
  static Map<String, String> indicatorRows(List<Scorecard> cards) {
    Map<String, String> rows = new TreeMap<>();
    for (Scorecard card : cards) {
      for (IndicatorLine l : card.getIndicatorsList()) {
        List<String> cells = new ArrayList<>();
        Stream.of(
                l.getObligations(),
                l.getCounted(),
                l.getFailed(),
                l.getPending(),
                l.getExcluded(),
                l.getCredit(),
                l.getRate(),
                l.getPoints(),
                l.getWeight())
            .map(String::valueOf)
            .forEach(c -> cells.add(c.isEmpty() ? "-" : c));
        rows.put(
            card.getRegion() + " " + card.getSide().name().toLowerCase() + " " + l.getIndicator(),
            String.join(" ", cells));
      }
    }
    return rows;
  }
}
