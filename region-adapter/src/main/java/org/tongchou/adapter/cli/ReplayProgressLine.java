package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tongchou.proto.v1.ReplayProgress;

/**
 * A replay's progress on stderr: rewritten in place on a terminal, otherwise one line every few
 * seconds (a job's log gets a trace without a line per message), and the final rate.
 */
final class ReplayProgressLine {

  private static final long LOG_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final boolean terminal = System.console() != null;
  private long lastLogged = System.nanoTime();
  private boolean open;

  ReplayProgressLine(PrintWriter err) {
    this.err = err;
  }

  void update(ReplayProgress p) {
    String text =
        String.format(
            Locale.ROOT,
            "%sreplayed %,d of at most %,d events, %,.0f events/s",
            p.getReplay().isEmpty() ? "" : p.getReplay() + ": ",
            p.getEventsDone(),
            p.getEventsTotal(),
            p.getEventsPerSecond());
    if (terminal) {
      err.print("\r" + text);
      err.flush();
      open = true;
    } else if (System.nanoTime() - lastLogged >= LOG_EVERY_NANOS) {
      lastLogged = System.nanoTime();
      err.println(text);
    }
  }

  /** Ends the progress line and states the whole replay's rate. */
  void finish(String name, long events, double perSecond) {
    if (open) {
      err.println();
      open = false;
    }
    err.println(
        String.format(Locale.ROOT, "%s: %,d events at %,.0f events/s", name, events, perSecond));
  }
}
