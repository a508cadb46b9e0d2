package org.tongchou.hub.person.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.tongchou.hub.log.app.FeedLog;
import org.tongchou.hub.person.app.EventPositions.PersonEventRef;
import org.tongchou.hub.person.app.EventPositions.Position;
import org.tongchou.hub.person.domain.Decision;

/**
 * Gives every event that person aggregates recorded in a transaction its feed entry, in that same
 * transaction: facts and conflicts go to the person's concerns, obligations to the two regions they
 * bind. Must run after Axon appended the events and last before commit (it takes the feed's
 * sequence lock).
 */
@Component
public class FeedRecorder {

  private final EventPositions positions;
  private final FeedLog feed;

  FeedRecorder(EventPositions positions, FeedLog feed) {
    this.positions = positions;
    this.feed = feed;
  }

  /** Finds the events' positions, then appends. */
  public void record(List<Decision.Accepted> decisions) {
    if (decisions.isEmpty()) {
      return;
    }
    append(
        decisions,
        positions.of(
            decisions.stream().flatMap(d -> d.events().stream()).map(PersonEventRef::of).toList()));
  }

  /**
   * Appends, with positions the caller already looked up; returns each event's log position (what
   * its receipt carries).
   */
  public Map<PersonEventRef, Long> append(
      List<Decision.Accepted> decisions, Map<PersonEventRef, Position> where) {
    return append(decisions, where, false);
  }

  /**
   * As {@link #append(List, Map)}, with every entry marked as recorded by an import when {@code
   * imported} (a region's history being onboarded, which subscribers may leave out).
   */
  public Map<PersonEventRef, Long> append(
      List<Decision.Accepted> decisions, Map<PersonEventRef, Position> where, boolean imported) {
    List<PersonEventRef> refs = new ArrayList<>();
    List<FeedLog.NewEntry> entries = new ArrayList<>();
    for (Decision.Accepted d : decisions) {
      for (var e : d.events()) {
        PersonEventRef ref = PersonEventRef.of(e);
        refs.add(ref);
        entries.add(
            new FeedLog.NewEntry(
                where.get(ref).globalIndex(), e.personKey(), d.audienceOf(e), imported));
      }
    }
    List<Long> positions = feed.append(entries);
    Map<PersonEventRef, Long> logPositions = new HashMap<>();
    for (int i = 0; i < refs.size(); i++) {
      logPositions.put(refs.get(i), positions.get(i));
    }
    return logPositions;
  }
}
