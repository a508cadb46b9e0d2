package org.tongchou.hub.person.app;

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

  /** Appends, with positions the caller already looked up. */
  public void append(List<Decision.Accepted> decisions, Map<PersonEventRef, Position> where) {
    feed.append(
        decisions.stream()
            .flatMap(
                d ->
                    d.events().stream()
                        .map(
                            e ->
                                new FeedLog.NewEntry(
                                    where.get(PersonEventRef.of(e)).globalIndex(),
                                    e.personKey(),
                                    d.concernsOf(e))))
            .toList());
  }
}
