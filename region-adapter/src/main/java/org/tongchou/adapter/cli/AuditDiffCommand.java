package org.tongchou.adapter.cli;

import java.io.PrintWriter;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.ReplayClient;
import org.tongchou.adapter.hub.ReplayText;
import org.tongchou.proto.v1.DiffResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code audit diff}: every obligation whose outcome differs between two replays of the same
 * history.
 */
@Command(
    name = "diff",
    description = {
      "Replays the same history twice — each side the recorded decisions or a policy version (--left, --right) —"
          + " and lists every obligation due in the period, binding or owed to the division, whose status,"
          + " responsible region or credit differs, with the log positions of the events behind it.",
      "With --published the left side is the published scorecard's own history, and the output says whether it"
          + " reproduces the published bytes."
    })
final class AuditDiffCommand extends ReplayingCommand {

  @Option(
      names = "--left",
      paramLabel = "VERSION",
      description = "Left side's policy version; default: recorded.")
  String left;

  @Option(
      names = "--right",
      paramLabel = "VERSION",
      description = "Right side's policy version; default: recorded.")
  String right;

  @Override
  int run(ReplayClient replay, ReplayProgressLine progress, PrintWriter out)
      throws HubCallException {
    DiffResult diff =
        replay.diff(
            region(),
            period(),
            asOf.asOf(),
            left == null ? "" : left,
            right == null ? "" : right,
            progress::update);
    long events = diff.getLeft().getEvents() + diff.getRight().getEvents();
    double seconds = seconds(diff.getLeft()) + seconds(diff.getRight());
    progress.finish("diff", events, seconds > 0 ? events / seconds : 0);
    ReplayText.diff(diff).forEach(out::println);
    if (asOf.isPublished()) {
      out.println(
          "diff: the left side "
              + (diff.getLeft().getReproducesPublished() ? "reproduces" : "DOES NOT reproduce")
              + " published scorecard "
              + asOf.published
              + " bit for bit");
    }
    return ExitCodes.OK;
  }

  private static double seconds(org.tongchou.proto.v1.ReplayResult r) {
    return r.getEventsPerSecond() > 0 ? r.getEvents() / r.getEventsPerSecond() : 0;
  }
}
