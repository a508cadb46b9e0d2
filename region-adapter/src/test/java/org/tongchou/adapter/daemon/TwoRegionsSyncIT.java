package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.adapter.cli.RegionAdapter;
import org.tongchou.hub.testing.TestHub;

/**
 * Two regions, each with its own database and adapter, exchange facts through one real hub: Wuxi
 * (320200) reports people registered in Henan (410000), Henan reports a departure to Wuxi.
 */
class TwoRegionsSyncIT {

  static final String WUXI = "320200";
  static final String HENAN = "410000";

  @TempDir static Path dir;
  static ConfigurableApplicationContext hub;
  static LocalRegion wuxi;
  static LocalRegion henan;
  static Path wuxiConfig;
  static AdapterDaemon wuxiAdapter;
  static AdapterDaemon henanAdapter;
  static final List<String> henanPeopleInWuxi = new ArrayList<>();
  static final List<String> sichuanPersonInWuxi = new ArrayList<>();
  static String departureToWuxi;
  static String unreadable;
  static String outsideWuxi;

  @BeforeAll
  static void twoRegionsRunTheirAdapters() throws Exception {
    hub = TestHub.startOnPostgres(AdapterFixtures.hubSettings("two_regions", null));
    int port = TestHub.grpcPort(hub);
    wuxi = LocalRegion.fresh("wuxi");
    henan = LocalRegion.fresh("henan");
    wuxiConfig = AdapterFixtures.configFile(dir, hub, port, WUXI, wuxi);
    Path henanConfig = AdapterFixtures.configFile(dir, hub, port, HENAN, henan);
    assertThat(command("init-db", wuxiConfig)).startsWith("0 The adapter's tables are ready");
    assertThat(command("init-db", henanConfig)).startsWith("0 ");

    for (int i = 0; i < 3; i++) {
      henanPeopleInWuxi.addAll(
          OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU));
    }
    sichuanPersonInWuxi.addAll(
        OutboxFacts.arrivalAndService(OutboxFacts.CHENGDU, OutboxFacts.WUXI_BINHU));
    unreadable =
        OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU)
            .get(0)
            .replace("ArrivalRegistered", "ArrivalRecorded");
    outsideWuxi =
        OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, "320508").get(0); // Suzhou's 姑苏区
    List<String> wuxiRows = new ArrayList<>(henanPeopleInWuxi);
    wuxiRows.addAll(sichuanPersonInWuxi);
    wuxiRows.addAll(List.of(unreadable, outsideWuxi));
    wuxi.insert(wuxiRows);
    departureToWuxi = OutboxFacts.departure(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU);
    henan.insert(List.of(departureToWuxi));

    wuxiAdapter = AdapterDaemon.start(AdapterFixtures.load(wuxiConfig));
    henanAdapter = AdapterDaemon.start(AdapterFixtures.load(henanConfig));
    await()
        .atMost(Reconciliation.AT_MOST)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () ->
                wuxi.pending() == 0
                    && henan.pending() == 0
                    && wuxi.checkpoint() == HubFeed.head(hub)
                    && henan.checkpoint() == HubFeed.head(hub));
  }

  @AfterAll
  static void stop() throws Exception {
    wuxiAdapter.stop();
    henanAdapter.stop();
    wuxi.close();
    henan.close();
    hub.close();
  }

  @Test
  void factsWuxiReportsAboutPeopleRegisteredInHenanAppearInHenansInbox() throws Exception {
    assertThat(recordIds(henan)).containsAll(recordIdsOf(henanPeopleInWuxi));
  }

  @Test
  void aFactAboutAPersonRegisteredInSichuanNeverReachesHenan() throws Exception {
    assertThat(recordIds(henan)).doesNotContainAnyElementsOf(recordIdsOf(sichuanPersonInWuxi));
    assertThat(recordIds(wuxi)).containsAll(recordIdsOf(sichuanPersonInWuxi)); // she lives in Wuxi
  }

  @Test
  void henansDepartureNoticeNamingWuxiReachesWuxisInbox() throws Exception {
    assertThat(recordIds(wuxi)).contains(OutboxFacts.recordIdOf(departureToWuxi));
  }

  @Test
  void everyOutboxRowEndsWithItsReceiptOrARefusalForAPerson() throws Exception {
    List<String> refused = recordIdsOf(List.of(unreadable, outsideWuxi));
    assertThat(wuxi.outbox())
        .allSatisfy(
            row ->
                assertThat(row.eventId() != null || refused.contains(row.recordId()))
                    .as("row %s", row)
                    .isTrue());
    assertThat(henan.outbox())
        .singleElement()
        .satisfies(row -> assertThat(row.state()).isEqualTo("accepted"));
  }

  @Test
  void eachInboxHoldsExactlyItsRegionsFeed() throws Exception {
    Reconciliation.assertInboxIsTheFeed(wuxi, HubFeed.read(hub, WUXI));
    Reconciliation.assertInboxIsTheFeed(henan, HubFeed.read(hub, HENAN));
  }

  @Test
  void statusShowsTheRefusedRowsWithTheirFieldsAndAnEmptyBacklog() throws Exception {
    String status = command("status", wuxiConfig);

    assertThat(status)
        .startsWith("1 Region 320200, local database " + wuxi.url)
        .contains("  pending            0", "  refused            2   waiting for a person")
        .contains(
            "recordId " + OutboxFacts.recordIdOf(unreadable),
            "type  INVALID_ARGUMENT  unknown type \"ArrivalRecorded\"")
        .contains("recordId " + OutboxFacts.recordIdOf(outsideWuxi), "region  PERMISSION_DENIED")
        .containsPattern("checkpoint +" + String.format("%,d", wuxi.checkpoint()))
        .contains("  hub time of the last checkpoint ");
  }

  @Test
  void statusOnADatabaseWithoutTheTablesSaysHowToCreateThemAndCreatesNothing() throws Exception {
    try (LocalRegion empty = LocalRegion.fresh("no_tables")) {
      Path config = AdapterFixtures.configFile(dir, hub, TestHub.grpcPort(hub), "510000", empty);

      assertThat(command("status", config))
          .startsWith("2 ")
          .contains("`region-adapter init-db` creates them");
      assertThat(command("status", config)).startsWith("2 "); // still nothing there
    }
  }

  /** Runs a command with {@code --config}; returns its exit code, a space and its output. */
  static String command(String name, Path config) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        RegionAdapter.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(name, "--config", config.toString());
    return exit + " " + out + err;
  }

  static List<String> recordIds(LocalRegion region) throws Exception {
    return region.inbox().stream().map(LocalRegion.InboxView::recordId).toList();
  }

  static List<String> recordIdsOf(List<String> facts) {
    return facts.stream().map(OutboxFacts::recordIdOf).toList();
  }
}
