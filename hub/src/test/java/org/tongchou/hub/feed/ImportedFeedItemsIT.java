package org.tongchou.hub.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tongchou.hub.testing.Facts.HENAN;
import static org.tongchou.hub.testing.Facts.WUXI;
import static org.tongchou.hub.testing.Facts.WUXI_BINHU;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.IdNumbers;
import org.tongchou.hub.testing.PostgresHub;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Fact;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.FeedItem;
import org.tongchou.proto.v1.FeedStart;

/**
 * Issue #15: the feed items of an import (SubmitRequest.imported) are marked, and a subscriber that
 * asks for it (FeedStart.skip_imported) gets the live items only, passing over the imported ones as
 * over items that are not its own.
 */
@PostgresHub
class ImportedFeedItemsIT {

  static final long WAIT = 10_000;

  @Autowired ApplicationContext context;
  @Autowired FeedReader feed;
  HubClient wuxi;
  String henanToken;

  @BeforeEach
  void connect() {
    wuxi = TestHub.clientFor(context, WUXI);
    henanToken = context.getBean(CredentialStore.class).issue(HENAN, "henan-imports");
  }

  @AfterEach
  void disconnect() {
    wuxi.close();
  }

  FeedClient subscribe(long after, boolean skipImported) {
    return new FeedClient(
        wuxi,
        henanToken,
        FeedStart.newBuilder()
            .setAfterPosition(after)
            .setCredit(1_000)
            .setCheckpointIntervalMs(200)
            .setSkipImported(skipImported)
            .build());
  }

  /** Facts about persons registered in Henan: one item per fact, and one per its obligations. */
  static Fact arrivalOfSomeoneFromHenan() {
    return Facts.arrival(IdNumbers.woman("410102"), WUXI_BINHU, "2026-03-01");
  }

  @Test
  void anImportedFactIsAcceptedWithAReceiptAndItsItemsAreMarkedAsImported() {
    long start = feed.head();
    Fact imported = arrivalOfSomeoneFromHenan();
    Fact live = arrivalOfSomeoneFromHenan();

    FactOutcome importedOutcome = wuxi.submitImported(List.of(imported)).get(0);
    FactOutcome liveOutcome = wuxi.submitOne(live);

    assertThat(importedOutcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    assertThat(importedOutcome.getReceipt().getHash()).hasSize(64);
    assertThat(liveOutcome.getKind()).isEqualTo(FactOutcome.Kind.ACCEPTED);
    List<FeedItem> items = eventsUpTo(subscribe(start, false), feed.head());
    assertThat(items)
        .filteredOn(i -> i.hasFact())
        .extracting(i -> i.getFact().getRecorded().getFact().getRecordId(), FeedItem::getImported)
        .containsExactly(
            Tuple.tuple(imported.getRecordId(), true), Tuple.tuple(live.getRecordId(), false));
    // The obligations the imported arrival opened are the import's too.
    assertThat(items)
        .filteredOn(FeedItem::hasObligation)
        .extracting(FeedItem::getImported)
        .containsExactly(true, false);
  }

  @Test
  void aSubscriberThatSkipsImportsGetsTheLiveItemsOnlyAndItsCheckpointsPassTheImportedOnes() {
    long start = feed.head();
    Fact imported = arrivalOfSomeoneFromHenan();
    Fact live = arrivalOfSomeoneFromHenan();
    wuxi.submitImported(List.of(imported));
    wuxi.submitOne(live);
    long end = feed.head();

    try (FeedClient henan = subscribe(start, true)) {
      List<FeedItem> items = new ArrayList<>();
      FeedItem checkpoint = null;
      while (checkpoint == null) {
        FeedItem item = henan.next(WAIT);
        assertThat(item).as("a checkpoint at the feed's end").isNotNull();
        if (item.hasCheckpoint() && item.getPosition() >= end) {
          checkpoint = item;
        } else if (!item.hasCheckpoint()) {
          items.add(item);
        }
      }
      assertThat(items).isNotEmpty().allSatisfy(i -> assertThat(i.getImported()).isFalse());
      assertThat(items)
          .filteredOn(FeedItem::hasFact)
          .extracting(i -> i.getFact().getRecorded().getFact().getRecordId())
          .containsExactly(live.getRecordId());
    }
  }

  private static List<FeedItem> eventsUpTo(FeedClient client, long end) {
    try (client) {
      List<FeedItem> items = new ArrayList<>();
      long last = 0;
      while (last < end) {
        FeedItem item = client.nextEvent(WAIT);
        assertThat(item).as("items up to position " + end).isNotNull();
        items.add(item);
        last = item.getPosition();
      }
      return items;
    }
  }
}
