package org.tongchou.hub.platform.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Background work the hub repeats while it runs: {@link #tick()} on a daemon thread of its own,
 * with a fixed pause between runs (the first one pause after start), stopped with the hub. A tick
 * reports its own failures; one that throws would end the repetition.
 */
public abstract class RepeatingTask implements SmartLifecycle {

  private final String threadName;
  private final Duration pause;
  private volatile ScheduledExecutorService timer;

  protected RepeatingTask(String threadName, Duration pause) {
    this.threadName = threadName;
    this.pause = pause;
  }

  /** One run of the work. */
  protected abstract void tick();

  /** What must be done once, on the starting thread, before the first tick. */
  protected void beforeFirstTick() {}

  @Override
  public void start() {
    beforeFirstTick();
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, threadName);
              thread.setDaemon(true);
              return thread;
            });
    started.scheduleWithFixedDelay(
        this::tick, pause.toMillis(), pause.toMillis(), TimeUnit.MILLISECONDS);
    timer = started;
  }

  @Override
  public void stop() {
    ScheduledExecutorService running = timer;
    if (running != null) {
      running.shutdownNow();
      timer = null;
    }
  }

  @Override
  public boolean isRunning() {
    return timer != null;
  }
}
