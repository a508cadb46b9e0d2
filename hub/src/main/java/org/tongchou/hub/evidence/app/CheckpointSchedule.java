package org.tongchou.hub.evidence.app;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.tongchou.hub.platform.schedule.RepeatingTask;

/**
 * Signs a checkpoint every {@code tongchou.checkpoints.interval} while the hub serves (not in the
 * one-shot operator commands), and picks up a key another process rotated in.
 */
@Component
@Profile("!command")
class CheckpointSchedule extends RepeatingTask {

  private static final Logger LOG = LoggerFactory.getLogger(CheckpointSchedule.class);

  private final Checkpoints checkpoints;
  private final SigningKeys keys;

  CheckpointSchedule(
      Checkpoints checkpoints,
      SigningKeys keys,
      @Value("${tongchou.checkpoints.interval:60s}") Duration interval) {
    super("checkpoints", interval);
    this.checkpoints = checkpoints;
    this.keys = keys;
  }

  @Override
  protected void beforeFirstTick() {
    // The first signing key is made (and recorded) at start, not by the first fact's receipt.
    keys.refresh();
  }

  @Override
  protected void tick() {
    try {
      keys.refresh();
      checkpoints
          .writeNext()
          .ifPresent(c -> LOG.debug("signed checkpoint {} up to {}", c.sequence(), c.toPosition()));
    } catch (RuntimeException e) {
      // The next tick tries again; a log that cannot be checkpointed (an event row gone) must be
      // loud.
      LOG.error("could not sign a checkpoint", e);
    }
  }
}
