package org.tongchou.hub.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time for a whole hub: the hub's {@link Clock} and db-scheduler's clock at once, so that
 * durable deadlines fall due when a test moves time, not when the machine's day comes. It runs on
 * like a real clock from wherever it was last set (feed heartbeats keep working).
 */
public final class MovableClock extends Clock implements com.github.kagkarlsson.scheduler.Clock {

  private volatile Instant base;
  private volatile long setAtNanos;

  public MovableClock(Instant start) {
    set(start);
  }

  public void set(Instant now) {
    base = now;
    setAtNanos = System.nanoTime();
  }

  public void advance(Duration by) {
    set(instant().plus(by));
  }

  @Override
  public Instant instant() {
    return base.plusNanos(System.nanoTime() - setAtNanos);
  }

  @Override
  public Instant now() {
    return instant();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }
}
