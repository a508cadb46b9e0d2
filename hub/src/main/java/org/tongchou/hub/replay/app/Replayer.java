package org.tongchou.hub.replay.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tongchou.hub.assessment.app.AssessmentCsv;
import org.tongchou.hub.assessment.app.Scorecards;
import org.tongchou.hub.assessment.domain.Scorecard;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.policy.app.PolicyLibrary;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.domain.NamedPolicy;
import org.tongchou.hub.replay.domain.RelevantChanges;
import org.tongchou.hub.replay.domain.ReplayRefused;
import org.tongchou.hub.replay.domain.ReplaySpec;
import org.tongchou.hub.replay.domain.ScratchObligations;

/**
 * Rebuilds a division's obligations into a scratch area of its own ({@link ScratchObligations}, in
 * memory) from the event log as of a position or recorded time, and scores them exactly as the live
 * read models are scored. Nothing live is read but the event log and the policy library, and
 * nothing at all is written: the live read models and their processor's token stay as they are.
 *
 * <p>Under the recorded decisions the log is read in its own order and only obligation events are
 * deserialized. Under a named policy version every person's duties are derived again ({@link
 * PersonReplay}), so the log is read person by person and every event is deserialized.
 */
@Service
public class Replayer {

  private final EventLog log;
  private final PolicyLibrary library;
  private final RegionDirectory regions;
  private final Clock clock;

  Replayer(EventLog log, PolicyLibrary library, RegionDirectory regions, Clock clock) {
    this.log = log;
    this.library = library;
    this.regions = regions;
    this.clock = clock;
  }

  public Replayed replay(ReplaySpec spec, ReplayProgress progress) {
    long upTo = upTo(spec);
    Instant now = clock.instant();
    Set<String> subtree = regions.subtree(spec.region());
    ScratchObligations scratch =
        new ScratchObligations(
            o ->
                !o.dueOn().isBefore(spec.period().start())
                    && !o.dueOn().isAfter(spec.period().end())
                    && (subtree.contains(o.responsible()) || subtree.contains(o.owed())));
    ReplayReach reach = new ReplayReach(spec.recordedAt());
    ReplayMeter meter = new ReplayMeter(upTo, progress);
    PolicyBook book;
    if (spec.underRecordedDecisions()) {
      log.readObligations(
          upTo,
          spec.recordedAt() != null,
          RelevantChanges.of(subtree, spec.period().start(), spec.period().end()),
          meter.counting(
              e -> {
                if (reach.admits(e) && e.event() instanceof ObligationsChanged changed) {
                  for (ObligationChange change : changed.changes()) {
                    scratch.apply(changed.personKey(), change, e.position());
                  }
                }
              }));
      if (spec.recordedAt() == null && reach.maxPosition > 0) {
        // Without a time limit only obligation events were read for their time: take the last
        // event's.
        reach.last = log.recordedAt(reach.maxPosition);
      }
      book = library.bookAsOf(booksTime(spec, reach, now));
    } else {
      // The replay's day must be known before the first person is judged: the requested time,
      // else the time of the last event read (looked up first), else now.
      Instant at = replayDay(spec, upTo, now);
      book = namedBook(spec, at);
      PersonReplay persons = new PersonReplay(book, regions, at, scratch);
      log.read(
          upTo,
          EventLog.Order.BY_PERSON,
          type -> true,
          false,
          null,
          meter.counting(
              e -> {
                if (reach.admits(e)) {
                  persons.accept(e);
                }
              }));
      persons.finish();
      reach.last = at;
    }
    List<Scorecard> scorecards =
        Scorecards.compute(spec.region(), spec.period(), false, book, scratch.rows(), regions);
    byte[] csv = AssessmentCsv.scorecards(scorecards, regions);
    return new Replayed(
        spec,
        reach.maxPosition,
        reach.last != null ? reach.last : now,
        book,
        scratch,
        scorecards,
        csv,
        EventHashes.sha256(csv),
        meter.done(),
        meter.rate());
  }

  /**
   * The day a replay under a named version judges on, which must be known before the first person
   * is judged: the requested time, else the time of the last event it reads, else now.
   */
  Instant replayDay(ReplaySpec spec, long upTo, Instant now) {
    return spec.recordedAt() != null ? spec.recordedAt() : recordedAtOf(upTo, now);
  }

  /**
   * The book of a replay under a named version at {@code at}; refused when the hub holds no such
   * version.
   */
  PolicyBook namedBook(ReplaySpec spec, Instant at) {
    PolicyBook loaded =
        withNamed(
            library.bookAsOf(spec.policiesAt() != null ? spec.policiesAt() : at),
            spec.policyVersion());
    return NamedPolicy.book(loaded, spec.policyVersion())
        .orElseThrow(
            () ->
                new ReplayRefused(
                    "policy_version",
                    "the hub holds no policy version "
                        + spec.policyVersion()
                        + "; it holds "
                        + loaded.documents().stream().map(d -> d.version()).toList()));
  }

  /**
   * The log's last position up to which a replay reads; refused when the spec's position is not in
   * the log.
   */
  public long upTo(ReplaySpec spec) {
    long head = log.head();
    if (spec.position() < 0 || spec.position() > head) {
      throw new ReplayRefused(
          "as_of.position",
          "position " + spec.position() + " is not in the log (1 to " + head + ")");
    }
    return spec.position() == 0 ? head : spec.position();
  }

  /**
   * The versions loaded by the replay's time, and the named one even if it was loaded later: an
   * auditor may well ask how a newer text would have judged an older history.
   */
  private PolicyBook withNamed(PolicyBook asOf, String version) {
    // `national+override` (as a re-evaluation names it, NamedPolicy) names two documents.
    PolicyBook book = asOf;
    for (String name : version.split("\\+")) {
      if (!name.isEmpty() && book.document(name).isEmpty()) {
        book = library.book().document(name).map(book::with).orElse(book);
      }
    }
    return book;
  }

  private static Instant booksTime(ReplaySpec spec, ReplayReach reach, Instant now) {
    if (spec.policiesAt() != null) {
      return spec.policiesAt();
    }
    if (spec.recordedAt() != null) {
      return spec.recordedAt();
    }
    return reach.last != null ? reach.last : now;
  }

  private Instant recordedAtOf(long position, Instant otherwise) {
    Instant found = log.recordedAt(position);
    return found != null ? found : otherwise;
  }
}
