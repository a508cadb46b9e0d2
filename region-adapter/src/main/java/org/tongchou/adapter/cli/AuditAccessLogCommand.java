package org.tongchou.adapter.cli;

import com.google.protobuf.Timestamp;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.tongchou.adapter.hub.AccessLogChain;
import org.tongchou.adapter.hub.AccessLogQuery;
import org.tongchou.adapter.hub.AuditClient;
import org.tongchou.adapter.hub.HubCallException;
import org.tongchou.adapter.hub.HubClient;
import org.tongchou.proto.v1.AccessLogEntry;
import org.tongchou.proto.v1.AccessLogVerification;
import org.tongchou.proto.v1.SuspiciousAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code audit access-log}: who read which personal data, and whether the log is intact. */
@Command(
    name = "access-log",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the hub's access log, oldest first: one line per read of personal data (sequence, time, credential,"
          + " role and jurisdiction, rpc, outcome, subjects, purpose, hash).",
      "Feed pages are in the log too (outcome delivered, subjects the feed's range and the person keys it"
          + " carried): --subject KEY lists everyone who read or received that person's data. With"
          + " --feed-deliveries, only those pages; a coordination office may list them for its jurisdiction.",
      "With --suspicious, lists what the hub's detection rules find (docs/ACCESS.md, \"Detection\"): reads refused"
          + " for many persons, probing, reads soon after the reader's own first fact about a person, refusal"
          + " bursts, quota hits, arrivals their owners contested (listed by the arrival's division), reads"
          + " outside office hours; over the last 7 days unless --from/--to say otherwise.",
      "With --verify, checks the whole log twice: the hub recomputes its chain, and this command recomputes every"
          + " entry's SHA-256 from its fields and every link to the entry before, here, trusting nothing but the"
          + " fields. Either names the first entry that is altered, missing or out of place."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:listed, or verified intact",
      "1:the hub refused the request (not an auditor), or --verify found a broken entry",
      "2:bad usage, or the hub could not be reached or did not accept the credential"
    })
final class AuditAccessLogCommand implements Callable<Integer> {

  private static final int HASH_PREFIX = 12;

  @Spec CommandSpec spec;
  @Mixin HubOptions hub;

  @Option(
      names = "--from",
      paramLabel = "T",
      converter = AuditTimes.class,
      description =
          "Only reads at or after T: an instant (2026-12-01T08:30:00Z) or a date (its first instant in China).")
  Instant from;

  @Option(
      names = "--to",
      paramLabel = "T",
      converter = AuditTimes.class,
      description = "Only reads before T (same forms as --from).")
  Instant to;

  @Option(
      names = "--subject",
      paramLabel = "SUBJECT",
      description = "Only reads about this person key, obligation id or export scope.")
  String subject;

  @Option(
      names = "--reader",
      paramLabel = "LABEL",
      description = "Only reads by the credential with this label.")
  String reader;

  @Option(
      names = "--feed-deliveries",
      description = "Only the pages of feeds delivered (an office: those within its jurisdiction).")
  boolean feedDeliveries;

  @Option(
      names = "--suspicious",
      description =
          "List what the detection rules find instead of the entries (takes --from, --to, --reader).")
  boolean suspicious;

  @Option(
      names = "--verify",
      description = "Verify the whole log instead of listing it (no filters).")
  boolean verify;

  @Option(
      names = "--purpose",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Why you read the log; kept in the access log itself.")
  String purpose;

  @Override
  public Integer call() {
    if (verify && (from != null || to != null || subject != null || reader != null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--verify checks the whole chain: it takes no --from, --to, --subject or --reader");
    }
    if (suspicious && (verify || subject != null || feedDeliveries)) {
      throw new ParameterException(
          spec.commandLine(),
          "--suspicious takes only --from, --to and --reader (not --verify, --subject or"
              + " --feed-deliveries)");
    }
    try (HubClient client = hub.connect()) {
      AuditClient audit = new AuditClient(client);
      if (suspicious) {
        return suspicious(audit, spec.commandLine().getOut());
      }
      return verify ? verify(audit) : list(audit, spec.commandLine().getOut());
    } catch (HubCallException e) {
      return HubRefusal.report("audit access-log", e, spec.commandLine().getErr());
    }
  }

  private int list(AuditClient audit, PrintWriter out) throws HubCallException {
    long listed =
        audit.accessLog(
            new AccessLogQuery(from, to, subject, reader, purpose, feedDeliveries),
            entry -> out.println(line(entry)));
    out.println(listed + (listed == 1 ? " entry" : " entries"));
    return ExitCodes.OK;
  }

  private int suspicious(AuditClient audit, PrintWriter out) throws HubCallException {
    long found =
        audit.suspiciousAccess(
            new AccessLogQuery(from, to, null, reader, purpose, false), f -> out.println(line(f)));
    out.println(found + (found == 1 ? " finding" : " findings"));
    return ExitCodes.OK;
  }

  static String line(SuspiciousAccess f) {
    return f.getRule()
        + "  "
        + f.getDay()
        + "  "
        + TerminalText.escape(f.getReader())
        + " ("
        + f.getRole()
        + (f.getJurisdiction().isEmpty() ? "" : " " + f.getJurisdiction())
        + ")  "
        + TerminalText.escape(f.getDescription())
        + "  entries #"
        + f.getFirstSequence()
        + "..#"
        + f.getLastSequence();
  }

  /**
   * The hub's verdict first, which names the head it verified up to; then every entry up to that
   * head, recomputed here. Entries appended meanwhile (this command's own reads among them) lie
   * beyond the head and are left for the next run.
   */
  private int verify(AuditClient audit) throws HubCallException {
    PrintWriter out = spec.commandLine().getOut();
    AccessLogVerification hub = audit.verifyAccessLog(purpose);
    out.println(
        "hub:  "
            + (hub.getIntact()
                ? "intact, "
                    + hub.getChecked()
                    + " entries up to #"
                    + hub.getHeadSequence()
                    + " ("
                    + hub.getHeadHash()
                    + ")"
                : "BROKEN at entry " + hub.getBrokenSequence() + ": " + hub.getProblem()));
    AccessLogChain chain = new AccessLogChain();
    ConsoleProgress progress =
        new ConsoleProgress(
            spec.commandLine().getErr(),
            (int) Math.min(Integer.MAX_VALUE, hub.getHeadSequence()),
            "verified %,d of %,d entries");
    var shown = progress.stream(0);
    audit.accessLog(
        AccessLogQuery.everything(purpose),
        entry -> {
          if (entry.getSequence() <= hub.getHeadSequence() && chain.accept(entry)) {
            shown.answered((int) chain.checked(), (int) hub.getHeadSequence());
          }
        });
    progress.finish();
    chain.endsAt(hub.getHeadSequence(), hub.getHeadHash());
    out.println(
        "here: "
            + chain
                .broken()
                .map(problem -> "BROKEN at " + problem)
                .orElse(
                    "intact, "
                        + chain.checked()
                        + " entries recomputed up to #"
                        + hub.getHeadSequence()));
    return hub.getIntact() && chain.broken().isEmpty() ? ExitCodes.OK : ExitCodes.REFUSED;
  }

  static String line(AccessLogEntry e) {
    Timestamp at = e.getReadAt();
    String who =
        TerminalText.escape(e.getReader())
            + " ("
            + e.getRole()
            + (e.getJurisdiction().isEmpty() ? "" : " " + e.getJurisdiction())
            + ")";
    return "#"
        + e.getSequence()
        + "  "
        + Instant.ofEpochSecond(at.getSeconds(), at.getNanos())
        + "  "
        + who
        + "  "
        + e.getAction()
        + "  "
        + e.getOutcome()
        + "  "
        + TerminalText.escape(String.join(",", e.getSubjectsList()))
        + (e.getPurpose().isEmpty()
            ? ""
            : "  purpose \"" + TerminalText.escape(e.getPurpose()) + "\"")
        + "  hash "
        + e.getHash().substring(0, Math.min(HASH_PREFIX, e.getHash().length()));
  }
}
