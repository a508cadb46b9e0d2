package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.tongchou.adapter.hub.ProgressListener;

/**
 * Shows how many facts the hub has answered, on one rewritten stderr line, summed over streams.
 * Shown only when a terminal is attached: in a scheduled job's log, carriage-return updates are
 * noise.
 */
final class ConsoleProgress {

  private static final long EVERY_NANOS = 250_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final AtomicIntegerArray answered;
  private final int total;
  private final String format;
  private long lastShown;
  private boolean printed;

  /** Progress over {@code streams} streams of {@code total} facts in all. */
  ConsoleProgress(PrintWriter err, int streams, int total) {
    this(err, streams, total, "answered %,d of %,d facts");
  }

  /**
   * Progress of one piece of work over {@code total} items, shown as {@code format} (done, total).
   */
  ConsoleProgress(PrintWriter err, int total, String format) {
    this(err, 1, total, format);
  }

  private ConsoleProgress(PrintWriter err, int streams, int total, String format) {
    this.format = format;
    this.err = err;
    this.shown = System.console() != null;
    this.answered = new AtomicIntegerArray(Math.max(1, streams));
    this.total = total;
  }

  /** The listener of one stream. */
  ProgressListener stream(int stream) {
    return shown ? (done, ofStream) -> update(stream, done) : ProgressListener.NONE;
  }

  /** Ends the progress line, so that what follows starts on a line of its own. */
  synchronized void finish() {
    if (printed) {
      err.println();
    }
  }

  private synchronized void update(int stream, int done) {
    answered.set(stream, done);
    int sum = 0;
    for (int i = 0; i < answered.length(); i++) {
      sum += answered.get(i);
    }
    long now = System.nanoTime();
    if (now - lastShown >= EVERY_NANOS || sum == total) {
      lastShown = now;
      printed = true;
      err.printf("\r" + format, sum, total);
      err.flush();
    }
  }
}
