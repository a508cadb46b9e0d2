package org.tongchou.adapter.daemon;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Tells the loops to stop, and cuts their waits short when it does. */
final class StopSignal {

  private final CountDownLatch stopped = new CountDownLatch(1);

  void stop() {
    stopped.countDown();
  }

  boolean stopped() {
    return stopped.getCount() == 0;
  }

  /** Waits {@code pause}; returns early, with true, once stopped. */
  boolean pause(Duration pause) throws InterruptedException {
    return stopped.await(pause.toMillis(), TimeUnit.MILLISECONDS);
  }
}
