package org.tongchou.adapter.cli;

import java.util.concurrent.Callable;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.daemon.RegionStores;
import org.tongchou.adapter.local.LocalStatus;
import org.tongchou.adapter.local.RegionStore;
import org.tongchou.adapter.local.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code status}: what the daemon has done, read from the region's store (PostgreSQL or KurrentDB).
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Shows the outbox backlog (pending rows, age of the oldest), refused rows waiting for a person"
            + " (with recordId, field and reason), the feed checkpoint, the hub time of the last checkpoint and the lag"
            + " behind it, and the inbox's size. Reads the database only: works whether or not `run` is running.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing waits for a person",
      "1:refused rows wait for a person",
      "2:bad configuration, or the database could not be read"
    })
final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Option(
      names = "--refusals",
      paramLabel = "N",
      defaultValue = "5",
      description = "Refused rows to list, oldest first (default ${DEFAULT-VALUE}).")
  int shown;

  @Override
  public Integer call() {
    AdapterConfig loaded = config.load("status", spec.commandLine().getErr());
    if (loaded == null) {
      return ExitCodes.NOT_DONE;
    }
    try (RegionStore store = RegionStores.open(loaded, true);
        RegionStore.Session session = store.connect()) {
      LocalStatus status = session.status(Math.max(0, shown));
      StatusText.lines(loaded.region(), store.describe(), store.howToResolve(), status)
          .forEach(spec.commandLine().getOut()::println);
      return status.refusedWaiting() > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
    } catch (StoreException | IllegalArgumentException e) {
      spec.commandLine().getErr().println("status: " + e.getMessage());
      return ExitCodes.NOT_DONE;
    }
  }
}
