package org.tongchou.adapter.cli;

import java.io.PrintWriter;

/** "N lines ..." on one rewritten stderr line while long work runs; only on a terminal. */
final class LineProgress {

  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final String what;
  private final boolean shown;
  private final long started = System.nanoTime();
  private long lastShown;
  private long done;

  LineProgress(PrintWriter err, String what) {
    this.err = err;
    this.what = what;
    this.shown = System.console() != null;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (shown && now - lastShown >= EVERY_NANOS) {
      lastShown = now;
      double seconds = Math.max(1e-9, (now - started) / 1e9);
      err.printf("\r%,d %s (%,.0f/s)", done, what, done / seconds);
      err.flush();
    }
  }

  void finish() {
    if (shown && lastShown != 0) {
      err.println();
    }
  }
}
