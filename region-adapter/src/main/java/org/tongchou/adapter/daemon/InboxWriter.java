package org.tongchou.adapter.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongchou.adapter.hub.FeedEntry;
import org.tongchou.adapter.hub.FeedItemListener;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.StoreException;

/**
 * Stores what one subscription delivers: each entry and the checkpoint past it in one local
 * transaction. Credit is granted only after {@link #accept} returns, so a slow database slows the
 * hub's sending instead of filling memory.
 */
final class InboxWriter implements FeedItemListener {

  private static final Logger LOG = LoggerFactory.getLogger(InboxWriter.class);

  private final RegionStore.Session connection;
  private final int logEvery;
  private long position;
  private long stored;
  private long storedSinceCatchUp;

  /**
   * @param position the checkpoint as read from the database when the subscription starts
   */
  InboxWriter(RegionStore.Session connection, long position, int logEvery) {
    this.connection = connection;
    this.position = position;
    this.logEvery = logEvery;
  }

  @Override
  public void accept(FeedEntry entry, String itemJson) {
    try {
      connection.store(entry, itemJson, position);
    } catch (StoreException e) {
      // Stops the subscription; the feed loop resumes from what the database holds.
      throw new InboxWriteFailed(entry.position(), e);
    }
    position = entry.position();
    if (entry instanceof FeedEntry.Checkpoint) {
      if (storedSinceCatchUp > 0) {
        LOG.info(
            "feed: caught up with the hub at position {} ({} new items in the inbox)",
            position,
            storedSinceCatchUp);
        storedSinceCatchUp = 0;
      }
      return;
    }
    stored++;
    storedSinceCatchUp++;
    if (stored % logEvery == 0) {
      LOG.info(
          "feed: {} items stored in the inbox since resuming, up to position {}", stored, position);
    }
  }

  /** The last position stored. */
  long position() {
    return position;
  }

  /** Items (not checkpoints) stored since this writer was made. */
  long stored() {
    return stored;
  }
}
