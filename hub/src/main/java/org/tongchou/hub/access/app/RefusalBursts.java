package org.tongchou.hub.access.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Meters refused facts per credential: every refusal counts in {@code tongchou.access.refusals},
 * and a credential with more than {@code tongchou.access.refusal-burst.threshold} refusals (default
 * 100) within one minute is a burst: counted in {@code tongchou.access.refusal.bursts}, logged, and
 * reported once per minute to the caller, which puts it on the access log. A burst is what probing
 * looks like; an adapter with a bad file looks the same, and the log tells them apart.
 */
@Component
public class RefusalBursts {

  private static final Logger LOG = LoggerFactory.getLogger(RefusalBursts.class);
  private static final long WINDOW_MS = 60_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int threshold;
  private final Counter refusals;
  private final Counter bursts;

  RefusalBursts(
      Clock clock,
      MeterRegistry meters,
      @Value("${tongchou.access.refusal-burst.threshold:100}") int threshold) {
    this.clock = clock;
    this.threshold = threshold;
    this.refusals = meters.counter("tongchou.access.refusals");
    this.bursts = meters.counter("tongchou.access.refusal.bursts");
  }

  /** One minute of one credential's refusals; a burst is reported once per window. */
  private static final class Window {
    long start;
    long count;
    boolean reported;
  }

  /**
   * Counts {@code refused} refusals of {@code credential}; true when they make a burst that has not
   * been reported in this window yet (the caller records it).
   */
  public boolean count(String credential, int refused) {
    if (refused <= 0) {
      return false;
    }
    refusals.increment(refused);
    long now = clock.millis();
    Window w = windows.computeIfAbsent(credential, k -> new Window());
    synchronized (w) {
      if (now - w.start >= WINDOW_MS) {
        w.start = now;
        w.count = 0;
        w.reported = false;
      }
      w.count += refused;
      if (w.count > threshold && !w.reported) {
        w.reported = true;
        bursts.increment();
        LOG.warn(
            "refusal burst: credential {} had {} facts refused within a minute",
            credential,
            w.count);
        return true;
      }
    }
    // Forget quiet credentials now and then, so that the map stays the size of the active ones.
    if (windows.size() > 10_000) {
      windows.entrySet().removeIf(e -> now - e.getValue().start >= WINDOW_MS);
    }
    return false;
  }
}
