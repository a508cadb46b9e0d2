package org.tongchou.adapter.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.local.LocalDatabase;
import org.tongchou.adapter.local.LocalStatus;
import org.tongchou.adapter.local.StatusQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: what the daemon has done, read from the region's database. */
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
    LocalDatabase db = LocalDatabase.readOnly(loaded.localDb());
    Connection connection = null;
    try {
      connection = db.connect();
      LocalStatus status = StatusQuery.read(connection, Math.max(0, shown));
      StatusText.lines(loaded.region(), loaded.localDb().redactedUrl(), status)
          .forEach(spec.commandLine().getOut()::println);
      return status.refusedWaiting() > 0 ? ExitCodes.REFUSED : ExitCodes.OK;
    } catch (SQLException e) {
      spec.commandLine().getErr().println("status: " + e.getMessage());
      if ("42P01".equals(e.getSQLState())) { // undefined_table
        spec.commandLine()
            .getErr()
            .println(
                "status: the adapter's tables are missing: `region-adapter init-db` creates them");
      }
      return ExitCodes.NOT_DONE;
    } finally {
      db.release(connection);
    }
  }
}
