package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.testing.TestHub;

/**
 * Two regions on two kinds of store exchange facts through one real hub on PostgreSQL: Wuxi
 * (320200), whose system is event-sourced on KurrentDB (the protocol double, or the real server
 * {@code KURRENTDB_URL} names), reports people registered in Henan (410000), whose adapter bridges
 * its own PostgreSQL; Henan reports a departure to Wuxi. Wuxi's stream also holds malformed events,
 * which the bridge refuses with the field named and goes past.
 */
class MixedStoresSyncIT {

  static final String WUXI = "320200";
  static final String HENAN = "410000";

  @TempDir static Path dir;
  static ConfigurableApplicationContext hub;
  static KurrentDbEndpoint kurrentDb;
  static KurrentRegion wuxi;
  static LocalRegion henan;
  static Path wuxiConfig;
  static Path henanConfig;
  static AdapterDaemon wuxiAdapter;
  static AdapterDaemon henanAdapter;
  static final List<String> henanPeopleInWuxi = new ArrayList<>();
  static final List<String> sichuanPersonInWuxi = new ArrayList<>();
  static String departureToWuxi;
  static String unknownType;
  static String outsideWuxi;
  static String noOccurredOn;
  static final String NOT_JSON = "ArrivalRegistered 410102199003071521 王芳";

  @BeforeAll
  static void twoRegionsOnTwoStoresRunTheirAdapters() throws Exception {
    hub = TestHub.startOnPostgres(AdapterFixtures.hubSettings("mixed_stores", null));
    int port = TestHub.grpcPort(hub);
    kurrentDb = KurrentDbEndpoint.start();
    wuxi = KurrentRegion.on(kurrentDb.connectionString(), "wuxi");
    henan = LocalRegion.fresh("henan");
    wuxiConfig = AdapterFixtures.configFile(dir, "wuxi", hub, port, WUXI, wuxi.configLines());
    henanConfig = AdapterFixtures.configFile(dir, hub, port, HENAN, henan);
    assertThat(TwoRegionsSyncIT.command("init-db", wuxiConfig))
        .startsWith("0 ")
        .contains("nothing to create");
    assertThat(TwoRegionsSyncIT.command("init-db", henanConfig)).startsWith("0 ");

    for (int i = 0; i < 3; i++) {
      henanPeopleInWuxi.addAll(
          OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU));
    }
    sichuanPersonInWuxi.addAll(
        OutboxFacts.arrivalAndService(OutboxFacts.CHENGDU, OutboxFacts.WUXI_BINHU));
    unknownType =
        OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU)
            .get(0)
            .replace("ArrivalRegistered", "ArrivalRecorded");
    outsideWuxi =
        OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, "320508").get(0); // Suzhou's 姑苏区
    noOccurredOn =
        OutboxFacts.arrivalAndService(OutboxFacts.ZHENGZHOU, OutboxFacts.WUXI_BINHU)
            .get(0)
            .replace(" \"occurredOn\": \"2026-03-01\",", "");
    List<String> wuxiEvents = new ArrayList<>(henanPeopleInWuxi.subList(0, 2));
    wuxiEvents.addAll(List.of(NOT_JSON, unknownType));
    wuxiEvents.addAll(henanPeopleInWuxi.subList(2, henanPeopleInWuxi.size()));
    wuxiEvents.addAll(sichuanPersonInWuxi);
    wuxiEvents.addAll(List.of(outsideWuxi, noOccurredOn));
    wuxi.write(wuxiEvents);
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
                    && henan.checkpoint() == HubFeed.head(hub)
                    && StatusOnBothStoresIT.hasHubTime(wuxiConfig));
  }

  @AfterAll
  static void stop() throws Exception {
    wuxiAdapter.stop();
    henanAdapter.stop();
    wuxi.close();
    henan.close();
    kurrentDb.close();
    hub.close();
  }

  @Test
  void factsWuxiAppendsToItsKurrentDbStreamAboutPeopleRegisteredInHenanAppearInHenansPostgresInbox()
      throws Exception {
    assertThat(TwoRegionsSyncIT.recordIds(henan))
        .containsAll(TwoRegionsSyncIT.recordIdsOf(henanPeopleInWuxi));
  }

  @Test
  void aFactAboutAPersonRegisteredInSichuanNeverReachesHenan() throws Exception {
    List<String> sichuan = TwoRegionsSyncIT.recordIdsOf(sichuanPersonInWuxi);
    assertThat(TwoRegionsSyncIT.recordIds(henan)).doesNotContainAnyElementsOf(sichuan);
    assertThat(inboxRecordIds(wuxi)).containsAll(sichuan); // she lives in Wuxi
  }

  @Test
  void henansDepartureNoticeInsertedInPostgresReachesWuxisKurrentDbInboxStream() throws Exception {
    assertThat(inboxRecordIds(wuxi)).contains(OutboxFacts.recordIdOf(departureToWuxi));
    assertThat(henan.outbox())
        .singleElement()
        .satisfies(row -> assertThat(row.state()).isEqualTo("accepted"));
  }

  @Test
  void everyEventOfWuxisStreamHasExactlyOneOutcomeReceiptOrRefusalInOrder() {
    List<LocalRegion.OutboxView> rows = wuxi.outboxView();
    assertThat(wuxi.outcomeRevisions())
        .containsExactlyElementsOf(rows.stream().map(LocalRegion.OutboxView::id).toList());
    List<String> good = new ArrayList<>(TwoRegionsSyncIT.recordIdsOf(henanPeopleInWuxi));
    good.addAll(TwoRegionsSyncIT.recordIdsOf(sichuanPersonInWuxi));
    assertThat(rows)
        .filteredOn(row -> row.state().equals("accepted"))
        .extracting(LocalRegion.OutboxView::recordId)
        .containsExactlyInAnyOrderElementsOf(good);
    assertThat(rows)
        .filteredOn(row -> row.state().equals("accepted"))
        .allSatisfy(row -> assertThat(row.eventId()).isNotBlank());
    assertThat(wuxi.outcomeEvents())
        .extracting(KurrentRegion.Event::type)
        .containsOnly("FactAccepted", "FactRefused")
        .filteredOn("FactRefused"::equals)
        .hasSize(4);
  }

  @Test
  void malformedEventsAreRefusedInTheOutcomesStreamWithTheFieldNamedAndTheBridgeGoesPast() {
    List<LocalRegion.OutboxView> rows = wuxi.outboxView();
    // Not JSON: no field to name, the adapter says so; never sent.
    assertThat(rows.get(2))
        .satisfies(
            row -> {
              assertThat(row.state()).isEqualTo("refused");
              assertThat(row.recordId()).isNull();
              assertThat(row.refusal()).startsWith("-  INVALID_ARGUMENT  malformed JSON");
            });
    assertThat(refusalOf(rows, unknownType))
        .startsWith("type  INVALID_ARGUMENT  unknown type \"ArrivalRecorded\"")
        .endsWith("(refused by the adapter, never sent)");
    assertThat(refusalOf(rows, noOccurredOn)).startsWith("occurredOn  INVALID_ARGUMENT");
    assertThat(refusalOf(rows, outsideWuxi)).startsWith("region  PERMISSION_DENIED");
    // The events after the bad ones were pushed: the bridge never stopped on them.
    assertThat(rows.get(rows.size() - 3).state()).isEqualTo("accepted");
  }

  @Test
  void eachInboxHoldsExactlyItsRegionsFeed() throws Exception {
    Reconciliation.assertInboxIsTheFeed(wuxi.inboxView(), HubFeed.read(hub, WUXI));
    Reconciliation.assertInboxIsTheFeed(henan, HubFeed.read(hub, HENAN));
    Reconciliation.assertEveryRowAcknowledgedOnce(henan, HubFeed.read(hub, HENAN));
  }

  @Test
  void statusOnKurrentDbShowsTheRefusedEventsWithTheirFieldsAndAnEmptyBacklog() {
    String status = TwoRegionsSyncIT.command("status", wuxiConfig);

    assertThat(status)
        .startsWith("1 Region 320200, KurrentDB ")
        .contains("  pending            0", "  refused            4   waiting for a person")
        .contains("append {\"outboxRevision\": N} to " + wuxi.outcomes + "-resolved")
        .contains("row 2  recordId -", "-  INVALID_ARGUMENT  malformed JSON")
        .contains(
            "recordId " + OutboxFacts.recordIdOf(unknownType),
            "type  INVALID_ARGUMENT  unknown type \"ArrivalRecorded\"")
        .contains("recordId " + OutboxFacts.recordIdOf(outsideWuxi), "region  PERMISSION_DENIED")
        .containsPattern("checkpoint +" + String.format("%,d", wuxi.checkpoint()))
        .contains("  hub time of the last checkpoint ")
        .containsPattern("rows +" + wuxi.inboxView().size());
  }

  static String refusalOf(List<LocalRegion.OutboxView> rows, String fact) {
    String recordId = OutboxFacts.recordIdOf(fact);
    return rows.stream()
        .filter(row -> recordId.equals(row.recordId()))
        .findFirst()
        .orElseThrow()
        .refusal();
  }

  static List<String> inboxRecordIds(KurrentRegion region) {
    return region.inboxView().stream().map(LocalRegion.InboxView::recordId).toList();
  }
}
