package org.tongchou.adapter.hub;

/**
 * Receives the entries of a feed, one at a time and in feed order, on the subscriber's consumer
 * thread.
 */
@FunctionalInterface
public interface FeedListener {

  /**
   * Takes one entry. Credit for more items is granted only after this returns, so a slow listener
   * slows the hub down instead of filling memory. An exception stops the feed and is thrown by
   * {@link FeedSubscriber#run}; the entry is then not counted as received.
   */
  void accept(FeedEntry entry);
}
