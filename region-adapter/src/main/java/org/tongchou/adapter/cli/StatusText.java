package org.tongchou.adapter.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.adapter.local.LocalStatus;

/** {@code status} as an operator reads it: outbox, refusals, feed, inbox. */
final class StatusText {

  private StatusText() {}

  static List<String> lines(String region, String store, LocalStatus s) {
    return lines(region, store, "set resolved_at once dealt with", s);
  }

  /**
   * @param howToResolve what marks a refused row as dealt with in this store
   */
  static List<String> lines(String region, String store, String howToResolve, LocalStatus s) {
    List<String> lines = new ArrayList<>();
    lines.add("Region " + region + ", " + store);
    lines.add("Outbox");
    lines.add(
        String.format(
            "  pending    %,9d%s",
            s.pending(),
            s.oldestPendingAge().map(age -> "   oldest inserted " + age(age) + " ago").orElse("")));
    lines.add(String.format("  accepted   %,9d", s.accepted()));
    lines.add(
        String.format(
            "  duplicate  %,9d   (recorded by an earlier push; original receipt kept)",
            s.duplicate()));
    lines.add(
        String.format(
            "  refused    %,9d   waiting for a person (%s)", s.refusedWaiting(), howToResolve));
    if (!s.firstRefused().isEmpty()) {
      lines.add(
          "Refused rows, oldest first ("
              + s.firstRefused().size()
              + " of "
              + s.refusedWaiting()
              + "):");
      for (LocalStatus.RefusedRow row : s.firstRefused()) {
        lines.add(
            "  row " + row.id() + "  recordId " + (row.recordId() == null ? "-" : row.recordId()));
        String refusal = row.refusal() == null ? "-" : row.refusal();
        refusal.lines().forEach(line -> lines.add("    " + line));
      }
    }
    lines.add("Feed");
    lines.add(String.format("  checkpoint %,9d", s.checkpoint()));
    lines.add(
        s.hubTime()
            .map(
                at ->
                    "  hub time of the last checkpoint "
                        + at
                        + "   lag "
                        + age(s.feedLag().orElseThrow()))
            .orElse("  no checkpoint from the hub yet"));
    lines.add("Inbox");
    lines.add(String.format("  rows       %,9d", s.inboxRows()));
    return lines;
  }

  /**
   * A duration to the second, largest units first: {@code 45s}, {@code 3m 04s}, {@code 2h 05m},
   * {@code 3d 04h}.
   */
  static String age(Duration d) {
    long s = Math.max(0, d.toSeconds()); // clocks a little apart must not show a negative lag
    if (s < 60) {
      return s + "s";
    }
    if (s < 3600) {
      return String.format("%dm %02ds", s / 60, s % 60);
    }
    if (s < 86_400) {
      return String.format("%dh %02dm", s / 3600, s % 3600 / 60);
    }
    return String.format("%dd %02dh", s / 86_400, s % 86_400 / 3600);
  }
}
