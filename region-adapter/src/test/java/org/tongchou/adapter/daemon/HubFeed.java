package org.tongchou.adapter.daemon;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.tongchou.hub.access.app.CredentialStore;
import org.tongchou.hub.feed.app.FeedReader;
import org.tongchou.hub.testing.FeedClient;
import org.tongchou.hub.testing.HubClient;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.FeedItem;

/** What the hub's feed holds for a jurisdiction: the reference an inbox is compared with. */
final class HubFeed {

  private static final long AT_MOST_MS = 30_000;

  private HubFeed() {}

  /** Every fact and conflict of the jurisdiction's feed, in feed order, read to its end. */
  static List<FeedItem> read(ConfigurableApplicationContext hub, String jurisdiction) {
    String token = hub.getBean(CredentialStore.class).issue(jurisdiction, "reference-reader");
    List<FeedItem> items = new ArrayList<>();
    try (HubClient client = new HubClient(TestHub.grpcPort(hub), token);
        FeedClient feed = new FeedClient(client, token, 0, 1_000_000, 100)) {
      // A checkpoint comes only once the reader has caught up with the feed's end.
      for (FeedItem item = next(feed); !item.hasCheckpoint(); item = next(feed)) {
        items.add(item);
      }
    }
    return items;
  }

  private static FeedItem next(FeedClient feed) {
    FeedItem item = feed.next(AT_MOST_MS);
    if (item == null) {
      throw new AssertionError(
          "the hub's feed did not reach its end within " + AT_MOST_MS / 1000 + " s");
    }
    return item;
  }

  /** The feed's end: the position a caught-up region's checkpoint reaches. */
  static long head(ConfigurableApplicationContext hub) {
    return hub.getBean(FeedReader.class).head();
  }
}
