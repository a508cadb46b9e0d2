package org.tongchou.hub.evidence.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Signs a checkpoint every {@code tongchou.checkpoints.interval} while the hub serves (not in the
 * one-shot operator commands), and picks up a key another process rotated in.
 */
@Component
@Profile("!command")
class CheckpointSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final Checkpoints checkpoints;
    private final SigningKeys keys;
    private final Duration interval;
    private volatile ScheduledExecutorService timer;

    CheckpointSchedule(Checkpoints checkpoints, SigningKeys keys,
                       @Value("${tongchou.checkpoints.interval:60s}") Duration interval) {
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.interval = interval;
    }

    @Override
    public void start() {
        // The first signing key is made (and recorded) at start, not by the first fact's receipt.
        keys.refresh();
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::tick, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        timer = started;
    }

    private void tick() {
        try {
            keys.refresh();
            checkpoints.writeNext().ifPresent(c -> LOG.debug("signed checkpoint {} up to {}", c.sequence(), c.toPosition()));
        } catch (RuntimeException e) {
            // The next tick tries again; a log that cannot be checkpointed (an event row gone) must be loud.
            LOG.error("could not sign a checkpoint", e);
        }
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
