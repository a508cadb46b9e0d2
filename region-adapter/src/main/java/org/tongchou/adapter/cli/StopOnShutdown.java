package org.tongchou.adapter.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.tongchou.adapter.hub.FeedSubscriber;

/**
 * Closes a feed when the JVM is asked to stop (Ctrl-C, SIGTERM), so that the hub sees the stream
 * cancelled rather than a connection reset and the line being printed comes out whole. The hook is
 * removed again when the feed ends by itself.
 */
final class StopOnShutdown implements AutoCloseable {

  private static final long FINISH_MILLIS = 2_000;

  private final Thread hook;
  private final CountDownLatch finished = new CountDownLatch(1);

  StopOnShutdown(FeedSubscriber feed) {
    this.hook =
        new Thread(
            () -> {
              feed.close();
              try {
                finished.await(
                    FINISH_MILLIS, TimeUnit.MILLISECONDS); // the JVM halts when the hook returns
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "tongchou-feed-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    finished.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running (Ctrl-C): it returns now that we are finished.
    }
  }
}
