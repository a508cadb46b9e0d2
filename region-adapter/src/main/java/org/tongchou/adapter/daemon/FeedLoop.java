package org.tongchou.adapter.daemon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongchou.adapter.hub.FeedSettings;
import org.tongchou.adapter.hub.FeedSubscriber;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.StoreException;

/**
 * Follows the region's feed into the inbox, until stopped, through any failure. Every subscription
 * starts from the checkpoint the database holds, never from memory: whatever was cut off
 * mid-transaction is received again, and whatever was committed is not.
 */
final class FeedLoop implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(FeedLoop.class);

  private final RegionStore db;
  private final HubClient hub;
  private final FeedSettings settings;
  private final int logEvery;
  private final Failures failures;
  private final StopSignal stop;
  private volatile FeedSubscriber current;

  FeedLoop(
      RegionStore db,
      HubClient hub,
      FeedSettings settings,
      int logEvery,
      Failures failures,
      StopSignal stop) {
    this.db = db;
    this.hub = hub;
    this.settings = settings;
    this.logEvery = logEvery;
    this.failures = failures;
    this.stop = stop;
  }

  @Override
  public void run() {
    try {
      while (!stop.stopped()) {
        String why = follow();
        if (why != null && !stop.stopped()) {
          var wait = failures.next();
          LOG.warn("feed: {}; trying again in {}", why, Failures.text(wait));
          stop.pause(wait);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread()
          .interrupt(); // stopped abruptly: the checkpoint in the database is where we resume
    }
  }

  /** Ends the current subscription; call after {@link StopSignal#stop()}. */
  void stop() {
    FeedSubscriber subscription = current;
    if (subscription != null) {
      subscription.close();
    }
  }

  /** One subscription, from the stored checkpoint; returns why it ended, or null when stopped. */
  private String follow() throws InterruptedException {
    RegionStore.Session connection = null;
    InboxWriter writer = null;
    try (FeedSubscriber subscription = new FeedSubscriber(hub, settings)) {
      current = subscription;
      if (stop.stopped()) {
        return null; // stopped between the check and the assignment: stop() may have missed it
      }
      connection = db.connect();
      writer = new InboxWriter(connection, connection.feedCheckpoint(), logEvery);
      LOG.info("feed: following the hub's feed after position {}", writer.position());
      subscription.run(writer.position(), writer);
      return null;
    } catch (HubCallException e) {
      return "the feed stopped: " + e.getMessage();
    } catch (InboxWriteFailed e) {
      return e.getMessage();
    } catch (StoreException e) {
      return "the local store failed: " + e.getMessage();
    } catch (RuntimeException e) {
      LOG.error("feed: unexpected failure", e);
      return "unexpected " + e;
    } finally {
      current = null;
      if (connection != null) {
        connection.close();
      }
      if (writer != null && writer.stored() > 0) {
        failures.reset();
      }
    }
  }
}
