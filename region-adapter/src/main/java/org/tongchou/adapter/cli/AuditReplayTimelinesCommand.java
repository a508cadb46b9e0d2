package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.ReplayClient;
import org.tongchou.adapter.hub.ReplayText;
import org.tongchou.proto.v1.ReplayedTimelinesSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code audit replay-timelines}: the persons who lived in a division, as the hub knew them then.
 */
@Command(
    name = "replay-timelines",
    description = {
      "Rebuilds every person's residence timeline from the hub's event log as of a log position (--position) or a"
          + " recorded time (--at), and prints those who lived in the division: on one day (--on; the persons"
          + " behind that day's stock figure), or at any time. Persons are named by their pseudonymous key only.",
      "The hub records the read in its access log (with --purpose). Progress goes to stderr."
    })
final class AuditReplayTimelinesCommand extends ReplayingCommand {

  @Option(
      names = "--on",
      paramLabel = "DATE",
      description = "Only persons living in the division on this ISO date.")
  String on;

  @Option(
      names = "--purpose",
      paramLabel = "TEXT",
      description = "Why you read them (kept in the access log).")
  String purpose;

  @Override
  void checkTarget() {
    if (asOf.isPublished()) {
      throw new ParameterException(
          spec.commandLine(), "--published names scorecards; give --position or --at");
    }
    if (region == null) {
      throw new ParameterException(spec.commandLine(), "give --region");
    }
  }

  @Override
  int run(ReplayClient replay, ReplayProgressLine progress, PrintWriter out)
      throws HubCallException {
    ReplayedTimelinesSummary summary =
        replay.timelines(
            region(),
            on == null ? "" : on,
            asOf.asOf(),
            purpose == null ? "" : purpose,
            t -> out.println(ReplayText.timeline(t)),
            progress::update);
    progress.finish("replay", summary.getEvents(), summary.getEventsPerSecond());
    out.println(ReplayText.timelines(summary));
    return ExitCodes.OK;
  }
}
