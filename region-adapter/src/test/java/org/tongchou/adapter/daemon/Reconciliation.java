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

  /**
   * Every row of the outbox was acknowledged once: accepted or duplicate, with the receipt of the
   * one event the hub holds for its record id (the pushing region's feed carries each of its facts,
   * which all concern it).
   */
  static void assertEveryRowAcknowledgedOnce(LocalRegion region, List<FeedItem> ownFeed)
      throws Exception {
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
    List<LocalRegion.OutboxView> rows = region.outbox();
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
    List<LocalRegion.InboxView> expected = feed.stream().map(Reconciliation::view).toList();
    assertThat(region.inbox()).containsExactlyElementsOf(expected);
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
    return new LocalRegion.InboxView(item.getPosition(), "conflict", null);
  }
}
