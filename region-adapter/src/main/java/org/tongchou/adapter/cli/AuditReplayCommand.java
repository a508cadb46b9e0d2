package org.tongchou.adapter.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.ReplayClient;
import org.tongchou.adapter.hub.ReplayText;
import org.tongchou.proto.v1.ReplayResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code audit replay}: a division's scorecards rebuilt from the log as of a time or position. */
@Command(
    name = "replay",
    description = {
      "Rebuilds a division's obligations and scorecards from the hub's event log as of a log position (--position),"
          + " a recorded time (--at) or a published scorecard (--published), into a scratch area of the hub's own:"
          + " the live read models are not touched.",
      "By default each obligation is as the hub decided it then; with --policy every person's duties are derived"
          + " again from their facts under that version, judged as of the replay's day.",
      "Prints the scorecards and the SHA-256 of their CSV (the bytes `export scorecards` gives); --output writes"
          + " the CSV. Progress and the rate in events/s go to stderr."
    })
final class AuditReplayCommand extends ReplayingCommand {

  @Option(
      names = "--policy",
      paramLabel = "VERSION",
      description =
          "Replay under this policy version (e.g. national-2009.1) instead of the recorded decisions.")
  String policy;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Also write the replayed scorecards' CSV here.")
  Path output;

  @Override
  int run(ReplayClient replay, ReplayProgressLine progress, PrintWriter out)
      throws HubCallException {
    ReplayResult result =
        replay.replay(
            region(), period(), asOf.asOf(), policy == null ? "" : policy, progress::update);
    progress.finish("replay", result.getEvents(), result.getEventsPerSecond());
    ReplayText.result(result).forEach(out::println);
    if (output != null) {
      try {
        Files.write(output, result.getCsv().toByteArray());
        out.println("replay: CSV written to " + output);
      } catch (IOException e) {
        spec.commandLine().getErr().println("replay: could not write " + output + ": " + e);
        return ExitCodes.NOT_DONE;
      }
    }
    if (asOf.isPublished()) {
      out.println(
          "replay: "
              + (result.getReproducesPublished() ? "reproduces" : "DOES NOT reproduce")
              + " published scorecard "
              + asOf.published
              + " bit for bit");
      return result.getReproducesPublished() ? ExitCodes.OK : ExitCodes.REFUSED;
    }
    return ExitCodes.OK;
  }
}
