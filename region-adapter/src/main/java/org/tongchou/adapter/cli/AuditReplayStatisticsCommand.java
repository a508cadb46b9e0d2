package org.tongchou.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.ReplayClient;
import org.tongchou.adapter.hub.ReplayText;
import org.tongchou.proto.v1.ReplayedStatistics;
import org.tongchou.proto.v1.StatisticsTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code audit replay-statistics}: a division's statistics rebuilt from the log as of a time or
 * position.
 */
@Command(
    name = "replay-statistics",
    description = {
      "Rebuilds a division's statistics (stock, flows, births, coverage) from the hub's event log as of a log"
          + " position (--position) or a recorded time (--at): every person is folded again from their events in a"
          + " scratch area of the hub's own; the live read models are not touched.",
      "Coverage follows the recorded decisions, or with --policy every person's duties derived again under that"
          + " version. Prints the figures and each table's SHA-256 (of the bytes `export` gives for it);"
          + " --output-dir writes the four CSV files. Progress and the rate in events/s go to stderr."
    })
final class AuditReplayStatisticsCommand extends ReplayingCommand {

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "The stock's day, ISO date (default: the period's last day).")
  String on;

  @Option(
      names = "--level",
      paramLabel = "LEVEL",
      description = "Rows by province, city or county (default: the level right under --region).")
  String level;

  @Option(
      names = "--policy",
      paramLabel = "VERSION",
      description = "Judge coverage under this policy version instead of the recorded decisions.")
  String policy;

  @Option(
      names = "--output-dir",
      paramLabel = "DIR",
      description = "Also write stock.csv, flows.csv, births.csv and coverage.csv here.")
  Path outputDir;

  @Override
  void checkTarget() {
    if (asOf.isPublished()) {
      throw new ParameterException(
          spec.commandLine(), "--published names scorecards; give --position or --at");
    }
    super.checkTarget();
  }

  @Override
  int run(ReplayClient replay, ReplayProgressLine progress, PrintWriter out)
      throws HubCallException {
    ReplayedStatistics result =
        replay.statistics(
            region(), period(), text(on), text(level), asOf.asOf(), text(policy), progress::update);
    progress.finish("replay", result.getEvents(), result.getEventsPerSecond());
    ReplayText.statistics(result).forEach(out::println);
    if (outputDir != null) {
      try {
        Files.createDirectories(outputDir);
        for (StatisticsTable table : result.getTablesList()) {
          Path file = outputDir.resolve(table.getTable().name().toLowerCase(Locale.ROOT) + ".csv");
          Files.write(file, table.getCsv().toByteArray());
          out.println("replay: CSV written to " + file);
        }
      } catch (IOException e) {
        spec.commandLine()
            .getErr()
            .println("replay-statistics: could not write to " + outputDir + ": " + e);
        return ExitCodes.NOT_DONE;
      }
    }
    return ExitCodes.OK;
  }

  private static String text(String option) {
    return option == null ? "" : option;
  }
}
