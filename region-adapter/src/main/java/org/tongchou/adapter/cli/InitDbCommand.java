package org.tongchou.adapter.cli;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.tongchou.adapter.config.AdapterConfig;
import org.tongchou.adapter.local.LocalDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code init-db}: creates the adapter's tables in the region's database. */
@Command(
    name = "init-db",
    mixinStandardHelpOptions = true,
    description =
        "Creates tongchou_outbox, tongchou_inbox and tongchou_feed_checkpoint in the region's PostgreSQL"
            + " (and the URL's currentSchema, if missing). Safe to repeat; `run` does it too.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the tables are there", "2:bad configuration, or the database refused"})
final class InitDbCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    AdapterConfig loaded = config.load("init-db", spec.commandLine().getErr());
    if (loaded == null) {
      return ExitCodes.NOT_DONE;
    }
    if (loaded.kurrentDb() != null) {
      // Streams come into being with their first event: there is nothing to create.
      spec.commandLine()
          .getOut()
          .println(
              "local.store = kurrentdb: nothing to create, streams start with their first event");
      return ExitCodes.OK;
    }
    LocalDatabase db = new LocalDatabase(loaded.localDb());
    try {
      Connection connection = db.connect(); // creates what is missing
      db.release(connection);
      spec.commandLine()
          .getOut()
          .println("The adapter's tables are ready in " + loaded.localDb().redactedUrl());
      return ExitCodes.OK;
    } catch (SQLException e) {
      spec.commandLine().getErr().println("init-db: " + e.getMessage());
      return ExitCodes.NOT_DONE;
    }
  }
}
