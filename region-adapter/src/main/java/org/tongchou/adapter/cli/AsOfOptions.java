package org.tongchou.adapter.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.tongchou.adapter.hub.ReplayAsOf;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Up to where a replay reads: a log position, a recorded time, or a published scorecard. */
final class AsOfOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--position",
      paramLabel = "N",
      description = "Read the log up to this global position.")
  long position;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description =
          "Read only what the hub had recorded at this time, ISO-8601 UTC (2026-12-01T10:15:30Z).")
  String at;

  @Option(
      names = "--published",
      paramLabel = "ID",
      description =
          "As of a published scorecard (REGION/PERIOD/N): its division, period and position;"
              + " the replay says whether it reproduces the published bytes.")
  String published;

  boolean isPublished() {
    return published != null;
  }

  ReplayAsOf asOf() {
    if (position < 0) {
      throw new ParameterException(spec.commandLine(), "--position must be 1 or more");
    }
    Instant recordedAt = null;
    if (at != null) {
      try {
        recordedAt = Instant.parse(at);
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            spec.commandLine(),
            "--at: '" + at + "' is no ISO-8601 instant such as" + " 2026-12-01T10:15:30Z");
      }
    }
    return new ReplayAsOf(position, recordedAt, published);
  }
}
