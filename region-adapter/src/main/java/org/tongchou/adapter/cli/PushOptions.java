package org.tongchou.adapter.cli;

import java.time.Duration;
import org.tongchou.adapter.hub.FactPusher;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.ReconnectPolicy;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How facts are pushed: the options of the commands that push ({@code push}, {@code bench}). */
public final class PushOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--batch-size",
      paramLabel = "N",
      defaultValue = "" + FactPusher.DEFAULT_BATCH_SIZE,
      description =
          "Facts per batch, 1 to " + FactPusher.MAX_BATCH_SIZE + " (default ${DEFAULT-VALUE}).")
  public int batchSize;

  @Option(
      names = "--stream-timeout",
      paramLabel = "SECONDS",
      defaultValue = "1800",
      description =
          "Deadline of one push stream, renewed on each reconnect (default ${DEFAULT-VALUE} s).")
  public int streamTimeoutSeconds;

  // Hidden: for tests and impatient operators; the default rides out a hub restart.
  @Option(names = "--reconnect-attempts", hidden = true, defaultValue = "8")
  public int reconnectAttempts;

  /** A pusher over {@code hub}; values out of range are usage errors (exit 2). */
  public FactPusher pusher(HubClient hub) {
    validate();
    return new FactPusher(
        hub,
        batchSize,
        Duration.ofSeconds(streamTimeoutSeconds),
        ReconnectPolicy.DEFAULT.withMaxAttempts(reconnectAttempts));
  }

  /** Checks the values before anything is read or generated. */
  public void validate() {
    if (batchSize < 1 || batchSize > FactPusher.MAX_BATCH_SIZE) {
      throw new ParameterException(
          spec.commandLine(), "--batch-size must be 1 to " + FactPusher.MAX_BATCH_SIZE);
    }
    if (streamTimeoutSeconds < 1 || reconnectAttempts < 1) {
      throw new ParameterException(
          spec.commandLine(), "--stream-timeout and --reconnect-attempts must be at least 1");
    }
  }
}
