package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.tongchou.adapter.hub.ProgressListener;

/**
 * Shows how many facts the hub has answered, on one rewritten stderr line, summed over streams.
 * Shown only when a terminal is attached: in a scheduled job's log, carriage-return updates are
 * noise. An import's progress ({@link #withEta}) also shows the rate and the time left, and without
 * a terminal writes one plain line a minute, since an import runs for hours.
 */
public final class ConsoleProgress {

  private static final long EVERY_NANOS = 250_000_000L;
  private static final long UNATTENDED_EVERY_NANOS = 60_000_000_000L;

  private final PrintWriter err;
  private final boolean shown;
  private final AtomicIntegerArray answered;
  private final int total;
  private final String format;
  private long lastShown;
  private boolean printed;
  private final long started = System.nanoTime();
  private long firstDone = -1;

  /** Progress over {@code streams} streams of {@code total} facts in all. */
  public ConsoleProgress(PrintWriter err, int streams, int total) {
    this(err, streams, total, "answered %,d of %,d facts");
  }

  /**
   * Progress of one piece of work over {@code total} items, shown as {@code format} (done, total).
   */
  public ConsoleProgress(PrintWriter err, int total, String format) {
    this(err, 1, total, format);
  }

  private ConsoleProgress(PrintWriter err, int streams, int total, String format) {
    this.format = format;
    this.err = err;
    this.shown = System.console() != null;
    this.answered = new AtomicIntegerArray(Math.max(1, streams));
    this.total = total;
  }

  /**
   * Progress with a rate and an ETA, fed through {@link #reached}: {@code format} takes done and
   * total, and the rate and time left are appended.
   */
  public static ConsoleProgress withEta(PrintWriter err, String format) {
    return new ConsoleProgress(err, 1, 0, format);
  }

  /**
   * {@code done} of {@code total} so far; the rate counts only what this run did, so a resumed
   * import's ETA is not flattered by the facts of the runs before it.
   */
  public synchronized void reached(long done, long total) {
    long now = System.nanoTime();
    if (firstDone < 0) {
      firstDone = done;
    }
    boolean last = done >= total;
    long since = lastShown == 0 ? started : lastShown;
    if (now - since < (shown ? EVERY_NANOS : UNATTENDED_EVERY_NANOS) && !last) {
      return;
    }
    lastShown = now;
    String text =
        String.format(format, done, total) + eta(done - firstDone, total - done, now - started);
    if (shown) {
      printed = true;
      err.print("\r" + text + "   ");
    } else {
      err.println(text);
    }
    err.flush();
  }

  /**
   * ", 1,234 facts/s, about 1h 02m left": the rate of {@code doneNow} facts in {@code elapsedNanos}
   * and the time {@code left} facts take at it; empty before anything is done.
   */
  static String eta(long doneNow, long left, long elapsedNanos) {
    if (doneNow <= 0 || elapsedNanos <= 0) {
      return left <= 0 ? "" : ", time left not known yet";
    }
    double perSecond = doneNow / (elapsedNanos / 1e9);
    if (left <= 0) {
      return String.format(", %,.0f facts/s, done", perSecond);
    }
    long seconds = (long) Math.ceil(left / perSecond);
    String time =
        seconds >= 3600
            ? String.format("%dh %02dm", seconds / 3600, (seconds % 3600) / 60)
            : seconds >= 60
                ? String.format("%dm %02ds", seconds / 60, seconds % 60)
                : seconds + "s";
    return String.format(", %,.0f facts/s, about %s left", perSecond, time);
  }

  /** The listener of one stream. */
  public ProgressListener stream(int stream) {
    return shown ? (done, ofStream) -> update(stream, done) : ProgressListener.NONE;
  }

  /** Ends the progress line, so that what follows starts on a line of its own. */
  public synchronized void finish() {
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
