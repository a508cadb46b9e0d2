package org.tongchou.hub.replay.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.replay.domain.ReplaySpec;
import org.tongchou.hub.residence.domain.ResidenceClaim;

/**
 * Rebuilds every person's residence timeline as the hub knew it at a recorded time or position,
 * person by person from the event log (obligation events are not even read: they do not move a
 * timeline), and hands on those who lived in a division: at any time, or on one day. This is what a
 * stock figure expands to: the persons behind it, as known then, with the events behind each.
 */
@Service
public class TimelineReplayer {

  private static final String OBLIGATIONS = ObligationsChanged.class.getName();

  private final EventLog log;
  private final Replayer replayer;
  private final RegionDirectory regions;

  TimelineReplayer(EventLog log, Replayer replayer, RegionDirectory regions) {
    this.log = log;
    this.replayer = replayer;
    this.regions = regions;
  }

  /**
   * One person's timeline as replayed. {@code migrantOn}: lived in the division as a migrant on the
   * day asked.
   */
  public record Timeline(
      String personKey,
      PersonState state,
      String registration,
      boolean migrantOn,
      int events,
      long lastPosition) {}

  /** What a timeline replay read. */
  public record Summary(
      long position, Instant recordedAt, long persons, long events, double eventsPerSecond) {}

  /** A receiver of replayed timelines, in person-key order. */
  @FunctionalInterface
  public interface Timelines {
    void timeline(Timeline timeline);
  }

  /**
   * @param on a day: only persons living in the division that day; null: anyone who ever lived
   *     there
   */
  public Summary replay(ReplaySpec spec, LocalDate on, Timelines out, ReplayProgress progress) {
    long upTo = replayer.upTo(spec);
    Set<String> inside = regions.subtree(spec.region());
    long[] persons = {0};
    RecordedPersons folded =
        new RecordedPersons(
            null,
            (key, state, events, last) -> {
              Optional<ResidenceClaim> lived =
                  on == null ? Optional.empty() : state.timeline().residenceOn(on);
              boolean shown =
                  on == null
                      ? state.timeline().claims().stream()
                          .anyMatch(c -> inside.contains(c.region()))
                      : lived.filter(c -> inside.contains(c.region())).isPresent();
              if (shown) {
                persons[0]++;
                String registration = state.registrationOn(on != null ? on : LocalDate.MAX);
                boolean migrant =
                    lived.map(c -> regions.isMigrant(c.region(), registration)).orElse(false);
                out.timeline(new Timeline(key, state, registration, migrant, events, last));
              }
            });
    ReplayReach reach = new ReplayReach(spec.recordedAt());
    ReplayMeter meter = new ReplayMeter(upTo, progress);
    log.read(
        upTo,
        EventLog.Order.BY_PERSON,
        type -> !OBLIGATIONS.equals(type),
        true,
        null,
        meter.counting(
            e -> {
              if (reach.admits(e)) {
                folded.accept(e);
              }
            }));
    folded.finish();
    Instant at = spec.recordedAt() != null ? spec.recordedAt() : reach.last;
    return new Summary(reach.maxPosition, at, persons[0], meter.done(), meter.rate());
  }
}
