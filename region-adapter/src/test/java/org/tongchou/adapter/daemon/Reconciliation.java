package org.tongchou.adapter.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.proto.v1.FeedItem;

/** Checks that an adapter has done everything exactly once, against the hub's own feed. */
final class Reconciliation {

  static final Duration AT_MOST = Duration.ofSeconds(90); // against hangs, not a timing claim

  private Reconciliation() {}

  /** Waits until no row is pending and the inbox has caught up with the hub's feed end. */
  static void awaitSettled(LocalRegion region, ConfigurableApplicationContext hub) {
    await()
        .atMost(AT_MOST)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> region.pending() == 0 && region.checkpoint() == HubFeed.head(hub));
  }

  /** As above, for a region on KurrentDB. */
  static void awaitSettled(KurrentRegion region, ConfigurableApplicationContext hub) {
    await()
        .atMost(AT_MOST)
        .pollInterval(Duration.ofMillis(200))
        .until(() -> region.pending() == 0 && region.checkpoint() == HubFeed.head(hub));
  }

  /**
   * Every row of the outbox was acknowledged once: accepted or duplicate, with the receipt of the
   * one event the hub holds for its record id (the pushing region's feed carries each of its facts,
   * which all concern it).
   */
  static void assertEveryRowAcknowledgedOnce(LocalRegion region, List<FeedItem> ownFeed)
      throws Exception {
    assertEveryRowAcknowledgedOnce(region.outbox(), ownFeed);
  }

  /** As above, for the rows of any store (a KurrentDB region's outbox events with outcomes). */
  static void assertEveryRowAcknowledgedOnce(
      List<LocalRegion.OutboxView> rows, List<FeedItem> ownFeed) {
    Map<String, Long> eventsPerRecord =
        ownFeed.stream()
            .filter(FeedItem::hasFact)
            .collect(Collectors.groupingBy(Reconciliation::recordId, Collectors.counting()));
    Map<String, String> eventIds =
        ownFeed.stream()
            .filter(FeedItem::hasFact)
            .collect(
                Collectors.toMap(
                    Reconciliation::recordId,
                    i -> i.getFact().getRecorded().getReceipt().getEventId(),
                    (a, b) -> a));
    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(
            row -> {
              assertThat(row.state()).as("row %d", row.id()).isIn("accepted", "duplicate");
              assertThat(eventsPerRecord.get(row.recordId()))
                  .as("events for %s", row.recordId())
                  .isEqualTo(1L);
              assertThat(row.eventId())
                  .as("receipt of %s", row.recordId())
                  .isEqualTo(eventIds.get(row.recordId()));
            });
  }

  /** The inbox holds exactly the hub's feed for the region: every item, once, in order. */
  static void assertInboxIsTheFeed(LocalRegion region, List<FeedItem> feed) throws Exception {
    assertInboxIsTheFeed(region.inbox(), feed);
  }

  /** As above, for the items of any store (a KurrentDB region's inbox stream). */
  static void assertInboxIsTheFeed(List<LocalRegion.InboxView> inbox, List<FeedItem> feed) {
    List<LocalRegion.InboxView> expected = feed.stream().map(Reconciliation::view).toList();
    assertThat(inbox).containsExactlyElementsOf(expected);
  }

  static String recordId(FeedItem item) {
    return item.getFact().getRecorded().getFact().getRecordId();
  }

  private static LocalRegion.InboxView view(FeedItem item) {
    if (item.hasFact()) {
      return new LocalRegion.InboxView(item.getPosition(), "fact", recordId(item));
    }
    if (item.hasObligation()) {
      return new LocalRegion.InboxView(
          item.getPosition(),
          "obligation",
          item.getObligation().getChangesCount() == 0
              ? null
              : item.getObligation().getChanges(0).getObligation().getObligationId());
    }
    if (item.hasAccess()) {
      // The same subject the adapter files an access item under (FeedEntries.access).
      var a = item.getAccess();
      String subject =
          a.hasClaim()
              ? a.getClaim().getClaimId()
              : !a.getArrivalKey().isEmpty()
                  ? a.getArrivalKey()
                  : a.getEntitlementsCount() > 0 ? a.getEntitlements(0).getRegion() : "";
      return new LocalRegion.InboxView(item.getPosition(), "access", subject);
    }
    return new LocalRegion.InboxView(item.getPosition(), "conflict", null);
  }
}
