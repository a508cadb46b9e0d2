package org.tongchou.adapter.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.config.ConfigException;
import org.tongchou.adapter.daemon.AdapterDaemon;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code run}: the adapter as a daemon, bridging the region's database and the hub until stopped.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs until Ctrl-C or SIGTERM: pushes the pending rows of tongchou_outbox in id order and writes each"
          + " one's outcome and receipt back to it; follows the region's feed into tongchou_inbox, each item in one"
          + " transaction with the checkpoint. Creates the tables first if missing. Waits out an unreachable hub or"
          + " database, however long. Logs to stderr."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:stopped", "2:bad configuration or unreadable token"})
final class RunCommand implements Callable<Integer> {

  private static final Duration FOREVER = Duration.ofDays(365_000);

  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Override
  public Integer call() throws InterruptedException {
    AdapterConfig loaded = config.load("run", spec.commandLine().getErr());
    if (loaded == null) {
      return ExitCodes.NOT_DONE;
    }
    AdapterDaemon daemon;
    try {
      daemon = AdapterDaemon.start(loaded);
    } catch (ConfigException e) {
      ConfigOption.problems("run", e, spec.commandLine().getErr());
      return ExitCodes.NOT_DONE;
    }
    // The JVM halts once the hook returns, so the hook itself waits for the loops to finish.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    daemon.stop();
                  } catch (InterruptedException e) {
                    daemon.kill();
                  }
                },
                "tongchou-shutdown"));
    daemon.awaitStopped(FOREVER);
    return ExitCodes.OK;
  }
}
