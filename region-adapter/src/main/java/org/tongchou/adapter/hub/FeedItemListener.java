package org.tongchou.adapter.hub;

/**
 * Receives the entries of a feed together with each item exactly as the hub sent it, for a listener
 * that keeps items whole (the adapter's inbox). Same threading and credit rules as {@link
 * FeedListener}.
 */
@FunctionalInterface
public interface FeedItemListener {

  /**
   * Takes one entry.
   *
   * @param itemJson the wire {@code FeedItem} in proto JSON (lowerCamel names, default values left
   *     out): the whole fact with its receipt, or the whole conflict, which {@link FeedEntry} only
   *     summarises
   */
  void accept(FeedEntry entry, String itemJson);
}
