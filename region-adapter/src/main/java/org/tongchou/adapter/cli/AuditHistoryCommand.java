package org.tongchou.adapter.cli;

import com.google.protobuf.Timestamp;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.AuditClient;
import org.tongchou.adapter.hub.HistoryEntries;
import org.tongchou.adapter.hub.HistoryQuery;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.adapter.hub.TimelineText;
import org.tongchou.proto.v1.HistoryEntry;
import org.tongchou.proto.v1.PersonHistoryAnswer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code audit history ID_NUMBER}: a person's records on both time axes. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a person's history as the hub knew it at a recorded time (--known-at, default now), of that only the"
          + " records about a business period (--about), oldest recorded first: each with the day it is about, the"
          + " day the hub recorded it and how late that was. Corrections and reassignments are marked as what they"
          + " are: later records about earlier days. Then the residence timeline as it stood at --known-at.",
      "The read is recorded in the hub's access log with --purpose."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:printed",
      "1:the hub refused the request (not an auditor, no such person, a bad date)",
      "2:bad usage, or the hub could not be reached or did not accept the credential"
    })
final class AuditHistoryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Parameters(
      index = "0",
      paramLabel = "ID_NUMBER",
      description = "The person's ID number (18 characters or legacy 15).")
  String idNumber;

  @Option(
      names = "--known-at",
      paramLabel = "T",
      converter = AuditTimes.class,
      description =
          "Only what the hub had recorded by then: an instant (2026-06-01T00:00:00Z) or a date (its first"
              + " instant in China). Default: now.")
  Instant knownAt;

  @Option(
      names = "--about",
      paramLabel = "FROM..TO",
      converter = AuditTimes.PeriodConverter.class,
      description =
          "Only records about business days in this period, ISO dates, inclusive; either side may be empty"
              + " (2026-03-01..2026-03-31, 2026-03-01.., ..2026-03-31). Default: every day.")
  AuditTimes.Period about;

  @Option(
      names = "--purpose",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Why you read this person's history; kept in the hub's access log.")
  String purpose;

  @Override
  public Integer call() {
    HistoryQuery query =
        new HistoryQuery(
            idNumber,
            knownAt,
            about == null ? "" : about.from(),
            about == null ? "" : about.to(),
            purpose);
    try (HubClient client = hub.connect()) {
      print(new AuditClient(client).history(query), spec.commandLine().getOut());
      return ExitCodes.OK;
    } catch (HubCallException e) {
      return HubRefusal.report("audit history", e, spec.commandLine().getErr());
    }
  }

  private void print(PersonHistoryAnswer answer, PrintWriter out) {
    Timestamp at = answer.getKnownAt();
    String period =
        about == null
            ? "any day"
            : (about.from().isEmpty() ? "open" : about.from())
                + " .. "
                + (about.to().isEmpty() ? "open" : about.to());
    out.println(
        "Person "
            + answer.getPersonKey()
            + " as known at "
            + Instant.ofEpochSecond(at.getSeconds(), at.getNanos())
            + ", about "
            + period
            + ": "
            + answer.getEntriesCount()
            + " of "
            + answer.getRecordedEvents()
            + " recorded events");
    out.println();
    out.println("Residences as then known (" + answer.getResidencesCount() + ")");
    answer.getResidencesList().forEach(r -> out.println("  " + TimelineText.period(r)));
    out.println();
    out.println("Records, in the order the hub recorded them (" + answer.getEntriesCount() + ")");
    for (HistoryEntry entry : answer.getEntriesList()) {
      out.println("  " + describe(entry));
      for (String line : TailLine.of(HistoryEntries.event(entry)).split("\n")) {
        out.println("      " + line);
      }
    }
  }

  /** The two axes of one record: what it is, the day it is about, when recorded, how late. */
  static String describe(HistoryEntry e) {
    StringBuilder line = new StringBuilder(e.getKind().name().toLowerCase(Locale.ROOT));
    if (e.getKind() == HistoryEntry.Kind.CORRECTION) {
      line.append(" of record ").append(String.join(", ", e.getRefersToList()));
    } else if (e.getKind() == HistoryEntry.Kind.REASSIGNMENT) {
      line.append(" of ").append(String.join(", ", e.getRefersToList()));
    }
    line.append("  about ").append(e.getOccurredOn());
    if (!e.getEarlierOccurredOn().isEmpty()) {
      line.append(" (the corrected record was about ").append(e.getEarlierOccurredOn()).append(')');
    }
    line.append("  recorded ")
        .append(e.getRecordedOn())
        .append("  late by ")
        .append(e.getLateByDays())
        .append(e.getLateByDays() == 1 ? " day" : " days");
    return line.toString();
  }
}
