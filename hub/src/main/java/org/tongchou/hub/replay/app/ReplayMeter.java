package org.tongchou.hub.replay.app;

import java.util.function.Consumer;

/** Counts a replay's events and reports its progress at most twice a second. */
final class ReplayMeter {

  private final long total;
  private final ReplayProgress progress;
  private final long started = System.nanoTime();
  private long done;
  private long lastReport = started;

  ReplayMeter(long total, ReplayProgress progress) {
    this.total = total;
    this.progress = progress;
  }

  Consumer<LoggedEvent> counting(Consumer<LoggedEvent> sink) {
    return e -> {
      sink.accept(e);
      done++;
      if ((done & 1023) == 0) {
        long now = System.nanoTime();
        if (now - lastReport > 500_000_000L) {
          lastReport = now;
          progress.at(done, total, done / ((now - started) / 1e9));
        }
      }
    };
  }

  long done() {
    return done;
  }

  /** Events read per second of wall time since the meter was made. */
  double rate() {
    return done / Math.max(1e-9, (System.nanoTime() - started) / 1e9);
  }
}
