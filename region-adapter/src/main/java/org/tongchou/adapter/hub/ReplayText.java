package org.tongchou.adapter.hub;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tongchou.proto.v1.DiffResult;
import org.tongchou.proto.v1.GetScorecardsResponse;
import org.tongchou.proto.v1.ObligationDifference;
import org.tongchou.proto.v1.ObligationOutcome;
import org.tongchou.proto.v1.ReadModelPosition;
import org.tongchou.proto.v1.ReplayResult;
import org.tongchou.proto.v1.ReplayedStatistics;
import org.tongchou.proto.v1.ReplayedTimeline;
import org.tongchou.proto.v1.ReplayedTimelinesSummary;
import org.tongchou.proto.v1.ResidencePeriod;
import org.tongchou.proto.v1.StatisticsTable;

/** What {@code audit replay} and {@code audit diff} print. */
public final class ReplayText {

  private ReplayText() {}

  /** Where the replay stood, under which policy, the bytes' hash, and the scorecards. */
  public static List<String> result(ReplayResult r) {
    List<String> lines = new ArrayList<>(summary("replay", r));
    lines.addAll(
        ScorecardText.lines(
            GetScorecardsResponse.newBuilder()
                .addAllScorecards(r.getScorecardsList())
                .setAsOf(
                    ReadModelPosition.newBuilder()
                        .setPosition(r.getPosition())
                        .setLogPosition(r.getPosition()))
                .build()));
    return lines;
  }

  static List<String> summary(String name, ReplayResult r) {
    Instant at = WireTime.instant(r.getRecordedAt());
    return List.of(
        name
            + ": as of log position "
            + r.getPosition()
            + ", recorded "
            + at
            + ", policy "
            + r.getPolicy()
            + " ("
            + String.join(", ", r.getPolicyVersionsList())
            + ")",
        name
            + ": "
            + r.getObligations()
            + " obligations, scorecards CSV "
            + r.getCsv().size()
            + " bytes, sha256 "
            + r.getSha256());
  }

  /**
   * Where a statistics replay stood and under which policy, each table's SHA-256 (of the bytes
   * {@code export} gives for it), then the figures as {@code statistics} prints them.
   */
  public static List<String> statistics(ReplayedStatistics r) {
    Instant at = WireTime.instant(r.getRecordedAt());
    List<String> lines = new ArrayList<>();
    lines.add(
        "replay: as of log position "
            + r.getPosition()
            + ", recorded "
            + at
            + ", coverage under policy "
            + r.getPolicy()
            + ", "
            + r.getPersons()
            + " persons folded again");
    for (StatisticsTable t : r.getTablesList()) {
      lines.add(
          "replay: "
              + t.getTable().name().toLowerCase(Locale.ROOT)
              + " CSV "
              + t.getCsv().size()
              + " bytes, sha256 "
              + t.getSha256());
    }
    lines.addAll(
        StatisticsText.lines(
            r.getStatistics().toBuilder()
                .setAsOf(
                    ReadModelPosition.newBuilder()
                        .setPosition(r.getPosition())
                        .setLogPosition(r.getPosition()))
                .build()));
    return lines;
  }

  /** One replayed person: key, registration, whether counted in the stock, and every residence. */
  public static String timeline(ReplayedTimeline t) {
    StringBuilder line =
        new StringBuilder(t.getPersonKey())
            .append("  registered ")
            .append(t.getRegistrationRegion())
            .append(t.getMigrantOn() ? "  migrant on the day" : "")
            .append("  residences");
    for (ResidencePeriod r : t.getResidencesList()) {
      line.append(' ')
          .append(r.getRegion())
          .append(' ')
          .append(r.getFrom())
          .append("..")
          .append(r.getUntil().isEmpty() ? "" : r.getUntil());
    }
    return line.append("  (")
        .append(t.getEvents())
        .append(" events, last at ")
        .append(t.getLastPosition())
        .append(')')
        .toString();
  }

  /** The end of a timeline replay. */
  public static String timelines(ReplayedTimelinesSummary s) {
    return "replay: "
        + s.getPersons()
        + (s.getPersons() == 1 ? " person" : " persons")
        + " as of log position "
        + s.getPosition()
        + ", recorded "
        + WireTime.instant(s.getRecordedAt());
  }

  /**
   * Both replays, then each obligation that differs with both outcomes and the events behind them.
   */
  public static List<String> diff(DiffResult d) {
    List<String> lines = new ArrayList<>(summary("left", d.getLeft()));
    lines.addAll(summary("right", d.getRight()));
    lines.add(
        d.getDifferencesCount()
            + (d.getDifferencesCount() == 1 ? " obligation differs" : " obligations differ"));
    for (ObligationDifference x : d.getDifferencesList()) {
      lines.add("  " + x.getSubject() + "  (" + String.join(", ", x.getDiffersInList()) + ")");
      lines.add("    left:  " + outcome(x.hasLeft() ? x.getLeft() : null));
      lines.add("    right: " + outcome(x.hasRight() ? x.getRight() : null));
    }
    return lines;
  }

  private static String outcome(ObligationOutcome o) {
    if (o == null) {
      return "none";
    }
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s %s, %s owes %s, due %s, under %s",
                o.getObligationId(),
                o.getStatus(),
                o.getResponsible(),
                o.getOwed(),
                o.getDueOn(),
                o.getPolicyVersion()));
    text.append(
        o.getCreditsMap().isEmpty()
            ? ", no credit"
            : ", credit " + new java.util.TreeMap<>(o.getCreditsMap()));
    text.append(", events at ").append(o.getEventPositionsList());
    return text.toString();
  }
}
