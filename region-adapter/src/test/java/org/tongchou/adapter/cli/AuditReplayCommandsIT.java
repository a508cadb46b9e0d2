package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.hub.access.domain.Role;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.ExportCsvRequest;
import org.tongchou.proto.v1.PublishScorecardRequest;
import org.tongchou.proto.v1.PublishedScorecard;
import org.tongchou.proto.v1.ReplayGrpc;

/**
 * {@code audit replay} and {@code audit diff} against the real hub on PostgreSQL after the
 * walk-through's push, with an auditor's credential: Jiangsu's office has published Wuxi's 2026
 * scorecard, and the auditor reproduces it bit for bit, writes the replayed CSV, and diffs the
 * recorded decisions with their own version derived afresh. A region's credential is refused.
 */
class AuditReplayCommandsIT {

  @TempDir static Path dir;
  static WalkthroughHub hub;
  static Path auditor;
  static Path wuxi;
  static PublishedScorecard published;

  @BeforeAll
  static void pushTheWalkthroughAndPublishWuxisScorecard() throws Exception {
    hub = WalkthroughHub.start(dir);
    wuxi = hub.credential(Role.REGION, WalkthroughHub.WUXI, "wuxi");
    auditor = hub.credential(Role.AUDITOR, null, "auditor");
    CommandRun push = hub.push("wuxi-arrivals.jsonl", wuxi);
    assertThat(push.exitCode()).as(push.out() + push.err()).isZero();
    hub.auditorsView();
    try (HubClient office = TestHub.clientAs(hub.context, Role.OFFICE, "320000")) {
      published =
          office
              .authorized(ReplayGrpc.newBlockingStub(office.channel()))
              .publishScorecard(
                  PublishScorecardRequest.newBuilder()
                      .setRegion(WalkthroughHub.WUXI)
                      .setPeriod("2026")
                      .build());
    }
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void aPublishedScorecardIsReproducedBitForBitAndTheRateGoesToStderr() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "replay",
            "--published",
            published.getId(),
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "replay: reproduces published scorecard " + published.getId() + " bit for bit",
            "sha256 " + published.getSha256(),
            "as of log position " + published.getPosition() + ",",
            "policy recorded");
    assertThat(run.err()).containsPattern("replay: [\\d,]+ events at [\\d,]+ events/s");
  }

  @Test
  void theReplayedCsvIsTheBytesTheLiveExportGives() throws Exception {
    Path file = dir.resolve("replayed.csv");

    CommandRun run =
        CommandRun.of(
            "audit",
            "replay",
            "--region",
            "320200",
            "--period",
            "2026",
            "--output",
            file.toString(),
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(file))
        .isEqualTo(
            hub.auditorsView()
                .csv(
                    ExportCsvRequest.newBuilder()
                        .setTable(ExportCsvRequest.Table.SCORECARDS)
                        .setRegion("320200")
                        .setPeriod("2026")
                        .setCatchUp(true)
                        .build()));
    assertThat(run.out())
        .contains("320200 无锡市  inflow  2026  policy national-2009.1+jiangsu-2021.1");
  }

  @Test
  void theRecordedDecisionsAndTheirVersionDerivedAfreshDifferInNoObligation() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "diff",
            "--published",
            published.getId(),
            "--right",
            "national-2009.1",
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "0 obligations differ",
            "right: ",
            "policy national-2009.1",
            "the left side reproduces published scorecard " + published.getId());
  }

  @Test
  void aRegionMayNotReplayAndAnUnknownVersionIsNamed() {
    CommandRun region =
        CommandRun.of(
            "audit",
            "replay",
            "--region",
            "320200",
            "--period",
            "2026",
            "--hub",
            hub.address,
            "--token-file",
            wuxi.toString());
    CommandRun unknown =
        CommandRun.of(
            "audit",
            "diff",
            "--region",
            "320200",
            "--period",
            "2026",
            "--right",
            "national-1999.9",
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(region.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(region.err()).contains("PERMISSION_DENIED", "only an auditor may");
    assertThat(unknown.exitCode()).isEqualTo(ExitCodes.REFUSED);
    assertThat(unknown.err()).contains("INVALID_ARGUMENT", "policy_version", "national-1999.9");
  }

  @Test
  void replayedStatisticsAreTheBytesTheLiveExportGivesForEveryTable() throws Exception {
    Path out = dir.resolve("statistics");

    CommandRun run =
        CommandRun.of(
            "audit",
            "replay-statistics",
            "--region",
            "320200",
            "--period",
            "2026",
            "--output-dir",
            out.toString(),
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    for (ExportCsvRequest.Table table :
        java.util.List.of(
            ExportCsvRequest.Table.STOCK,
            ExportCsvRequest.Table.FLOWS,
            ExportCsvRequest.Table.BIRTHS,
            ExportCsvRequest.Table.COVERAGE)) {
      assertThat(
              Files.readAllBytes(
                  out.resolve(table.name().toLowerCase(java.util.Locale.ROOT) + ".csv")))
          .as(table.name())
          .isEqualTo(
              hub.auditorsView()
                  .csv(
                      ExportCsvRequest.newBuilder()
                          .setTable(table)
                          .setRegion("320200")
                          .setPeriod("2026")
                          .setCatchUp(true)
                          .build()));
    }
    assertThat(run.out())
        .contains(
            "coverage under policy recorded",
            "persons folded again",
            "stock CSV",
            "Stock on 2026-12-31");
    assertThat(run.err()).containsPattern("replay: [\\d,]+ events at [\\d,]+ events/s");
  }

  @Test
  void replayedTimelinesListThePersonsBehindTheStockByKeyOnly() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "replay-timelines",
            "--region",
            "320200",
            "--on",
            "2026-12-31",
            "--purpose",
            "stock check",
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("replay: \\d+ persons? as of log position \\d+")
        .contains("registered ", "residences 3202");
    assertThat(run.out()).doesNotContainPattern("\\d{17}[\\dX]"); // no ID number
  }

  @Test
  void statisticsAndTimelinesAreNotReplayedAsOfAPublishedScorecard() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "replay-timelines",
            "--published",
            published.getId(),
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_DONE);
    assertThat(run.err()).contains("--published names scorecards");
  }

  @Test
  void aReplayWithoutRegionOrPublishedScorecardIsBadUsage() {
    CommandRun run =
        CommandRun.of(
            "audit",
            "replay",
            "--period",
            "2026",
            "--hub",
            hub.address,
            "--token-file",
            auditor.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_DONE);
    assertThat(run.err()).contains("give --region and --period, or --published");
  }
}
