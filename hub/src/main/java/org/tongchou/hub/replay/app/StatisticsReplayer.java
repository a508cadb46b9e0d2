package org.tongchou.hub.replay.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.policy.domain.PolicyBook;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.domain.ReplaySpec;
import org.tongchou.hub.replay.domain.ScratchObligations;
import org.tongchou.hub.statistics.domain.PersonFigures;
import org.tongchou.hub.statistics.domain.StatisticsQuestion;
import org.tongchou.hub.statistics.domain.StatisticsTally;

/**
 * Rebuilds the provincial platform's statistics as of a position or recorded time into a scratch
 * area of its own: the log is read person by person, each person is folded again from their events
 * (as the live {@code residence_view} and {@code birth_view} derive them, through {@link
 * PersonFigures}), and coverage comes from the person's obligations, as recorded or derived again
 * under a named version. Everything is counted by {@link StatisticsTally}, as the live queries
 * count, so a replay up to the live read models' position gives the live tables byte for byte.
 * Nothing live is read but the event log and the policy library, and nothing is written.
 */
@Service
public class StatisticsReplayer {

  private final EventLog log;
  private final Replayer replayer;
  private final RegionDirectory regions;
  private final Clock clock;

  StatisticsReplayer(EventLog log, Replayer replayer, RegionDirectory regions, Clock clock) {
    this.log = log;
    this.replayer = replayer;
    this.regions = regions;
    this.clock = clock;
  }

  /**
   * {@code spec} says up to where and under which policy; its region and period are the question's.
   */
  public ReplayedStatistics replay(
      ReplaySpec spec, StatisticsQuestion question, ReplayProgress progress) {
    long upTo = replayer.upTo(spec);
    Instant now = clock.instant();
    Set<String> inside = regions.subtree(question.region());
    ScratchObligations coverage =
        new ScratchObligations(
            o ->
                StatisticsTally.COVERAGE_KINDS.contains(o.kind())
                    && inside.contains(o.responsible())
                    && !o.dueOn().isBefore(question.from())
                    && !o.dueOn().isAfter(question.to()));
    StatisticsTally tally = new StatisticsTally(question, regions);
    long[] persons = {0};
    ReplayedPerson counted =
        (key, state, events, last) -> {
          persons[0]++;
          PersonFigures figures = PersonFigures.of(state, regions);
          figures.stays().forEach(tally::stay);
          figures.births().forEach(tally::birth);
        };
    ReplayReach reach = new ReplayReach(spec.recordedAt());
    ReplayMeter meter = new ReplayMeter(upTo, progress);
    Instant at;
    if (spec.underRecordedDecisions()) {
      RecordedPersons folded = new RecordedPersons(coverage, counted);
      log.read(
          upTo,
          EventLog.Order.BY_PERSON,
          type -> true,
          true,
          coverageMatters(inside, question),
          meter.counting(
              e -> {
                if (reach.admits(e)) {
                  folded.accept(e);
                }
              }));
      folded.finish();
      at = reach.last != null ? reach.last : now;
    } else {
      at = replayer.replayDay(spec, upTo, now);
      PolicyBook book = replayer.namedBook(spec, at);
      PersonReplay judged = new PersonReplay(book, regions, at, coverage, counted);
      log.read(
          upTo,
          EventLog.Order.BY_PERSON,
          type -> true,
          false,
          null,
          meter.counting(
              e -> {
                if (reach.admits(e)) {
                  judged.accept(e);
                }
              }));
      judged.finish();
    }
    for (ObligationRow row : coverage.rows()) {
      tally.duty(row.responsible(), row.kind(), row.status(), row.dueOn());
    }
    return new ReplayedStatistics(
        question,
        reach.maxPosition,
        spec.recordedAt() != null ? spec.recordedAt() : at,
        spec.policy(),
        tally.figures(),
        persons[0],
        meter.done(),
        meter.rate());
  }

  /**
   * Which changes of an obligation event can reach the coverage scratch, judged on their JSON
   * before they are bound: an opening of a coverage duty due in the period whose responsible region
   * is inside, and any later change binding a region inside (the scratch drops changes to duties it
   * does not hold).
   */
  private static Predicate<JsonNode> coverageMatters(
      Set<String> inside, StatisticsQuestion question) {
    String from = question.from().toString();
    String to = question.to().toString();
    return change -> {
      if (!inside.contains(change.path("responsible").asText())) {
        return false;
      }
      if (!"opened".equals(change.path("change").asText())) {
        return true;
      }
      String due = change.path("dueOn").asText();
      return StatisticsTally.COVERAGE_KINDS.contains(change.path("kind").asText())
          && due.compareTo(from) >= 0
          && due.compareTo(to) <= 0;
    };
  }
}
