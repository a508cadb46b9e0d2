package org.tongchou.adapter.daemon;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.config.ConfigException;
import org.tongchou.adapter.hub.FactPusher;
import org.tongchou.adapter.hub.FeedSettings;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.local.RegionStore;

/**
 * {@code region-adapter run}: the push loop and the feed loop, each on a thread of its own, over
 * one channel to the hub and one connection each to the region's database.
 *
 * <p>{@link #stop()} lets both loops finish what they are doing; {@link #kill()} cuts the database
 * connections and the channel at once, which to both sides looks exactly like the process dying.
 * Either way the next daemon on the same database resumes without loss or repeat.
 */
public final class AdapterDaemon {

  private static final Logger LOG = LoggerFactory.getLogger(AdapterDaemon.class);
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final String region;
  private final HubClient hub;
  private final RegionStore db;
  private final StopSignal stop = new StopSignal();
  private final FeedLoop feed;
  private final List<Thread> threads;
  private final CountDownLatch ended = new CountDownLatch(2);

  private AdapterDaemon(AdapterConfig config, HubClient hub, RegionStore store) {
    this.region = config.region();
    this.hub = hub;
    this.db = store;
    FactPusher pusher =
        new FactPusher(hub, config.push().batchSize(), STREAM_TIMEOUT, config.reconnect());
    // A page keeps the pusher's batches in flight; each answered page is written back at once.
    int page = config.push().batchSize() * FactPusher.BATCHES_IN_FLIGHT;
    PushLoop push =
        new PushLoop(
            db, pusher, page, config.push().pollInterval(), new Failures(config.reconnect()), stop);
    FeedSettings settings =
        new FeedSettings(
            config.feed().window(),
            config.feed().checkpointInterval(),
            config.reconnect(),
            config.feed().skipImported());
    this.feed =
        new FeedLoop(
            db, hub, settings, config.feed().logEvery(), new Failures(config.reconnect()), stop);
    this.threads =
        List.of(thread("tongchou-push-" + region, push), thread("tongchou-feed-" + region, feed));
  }

  /**
   * Starts both loops. They create the adapter's tables if missing, and wait out an unreachable hub
   * or database for as long as it takes.
   *
   * @throws ConfigException when the token file cannot be read or the token cannot be sent
   */
  public static AdapterDaemon start(AdapterConfig config) throws ConfigException {
    HubClient hub;
    try {
      hub = HubClient.connect(config.hubAddress(), config.readToken(), config.tls(), CALL_TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("unusable hub address or token: " + e.getMessage());
    }
    RegionStore store;
    try {
      store = RegionStores.open(config, false);
    } catch (IllegalArgumentException e) {
      hub.close();
      throw new ConfigException(e.getMessage());
    }
    LOG.info("region {}: hub {}, {}", config.region(), config.hubAddress(), store.describe());
    AdapterDaemon daemon = new AdapterDaemon(config, hub, store);
    daemon.threads.forEach(Thread::start);
    return daemon;
  }

  /**
   * Stops both loops after their current step, cutting them off if that takes over 10 s; then
   * closes.
   */
  public void stop() throws InterruptedException {
    stop.stop();
    feed.stop();
    if (!ended.await(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
      LOG.warn(
          "region {}: the loops did not stop within {} s; cutting them off",
          region,
          STOP_GRACE.toSeconds());
      kill();
      return;
    }
    hub.close();
    db.close();
    LOG.info("region {}: stopped", region);
  }

  /**
   * Stops abruptly, as a crash would: connections and streams are cut wherever the loops are, with
   * no step finished. Does not wait for the threads, which can no longer write anything.
   */
  public void kill() {
    stop.stop();
    db.abort(); // first: nothing is committed after this
    hub.abort();
    feed.stop();
    threads.forEach(Thread::interrupt);
  }

  /** Waits until both loops have ended; true if they did within {@code timeout}. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return ended.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private Thread thread(String name, Runnable loop) {
    Thread thread =
        new Thread(
            () -> {
              try {
                loop.run();
              } finally {
                ended.countDown();
              }
            },
            name);
    thread.setDaemon(
        true); // `run` waits for the loops itself; a forgotten daemon must not keep a JVM alive
    return thread;
  }
}
