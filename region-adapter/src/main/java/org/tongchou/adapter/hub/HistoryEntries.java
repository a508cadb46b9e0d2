package org.tongchou.adapter.hub;

import java.time.Instant;
import org.tongchou.proto.v1.HistoryEntry;

/** The event of a history entry as a {@link FeedEntry}, at its place in the hub's global log. */
public final class HistoryEntries {

  private HistoryEntries() {}

  /**
   * Printed like a feed item; its position is the event's global log position (from its receipt).
   */
  public static FeedEntry event(HistoryEntry entry) {
    return FeedEntries.of(
        entry.getEvent().toBuilder().setPosition(entry.getReceipt().getPosition()).build(),
        Instant.EPOCH);
  }
}
