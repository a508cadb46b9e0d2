package org.tongchou.hub.feed.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.tongchou.hub.evidence.app.CheckpointStore;
import org.tongchou.hub.evidence.app.StoredCheckpoint;
import org.tongchou.hub.log.app.FeedLog;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.stream.app.PersonEventTypes;

/**
 * Reads a jurisdiction's feed: its entries with their events decoded, and every signed checkpoint,
 * each at its own position, so that a resume never skips or repeats one either.
 */
@Service
public class FeedReader {

  /**
   * An item of the feed: an event, or (with {@code event} null) a signed checkpoint; {@code
   * imported} when an import recorded the event.
   */
  public record Entry(
      long position,
      long globalIndex,
      String eventId,
      PersonEvent event,
      StoredCheckpoint checkpoint,
      boolean imported) {}

  private final FeedLog log;
  private final CheckpointStore checkpoints;

  FeedReader(FeedLog log, CheckpointStore checkpoints) {
    this.log = log;
    this.checkpoints = checkpoints;
  }

  public long head() {
    return log.head();
  }

  /** Items in (after, upTo], oldest first, at most {@code limit}. */
  public List<Entry> read(String jurisdiction, long after, long upTo, int limit) {
    return read(jurisdiction, after, upTo, limit, true);
  }

  /**
   * Items in (after, upTo], oldest first, at most {@code limit}; the events of imports only if
   * {@code withImported} (signed checkpoints always).
   */
  public List<Entry> read(
      String jurisdiction, long after, long upTo, int limit, boolean withImported) {
    List<Entry> items = new ArrayList<>();
    List<FeedLog.StoredEntry> events = log.read(jurisdiction, after, upTo, limit, withImported);
    events.forEach(
        e ->
            items.add(
                new Entry(
                    e.position(),
                    e.globalIndex(),
                    e.eventId(),
                    PersonEventTypes.decode(e.payloadType(), e.payload()),
                    null,
                    e.imported())));
    // A full page of events ends where the next page starts: checkpoints beyond it come then.
    long through = events.size() == limit ? events.get(events.size() - 1).position() : upTo;
    checkpoints
        .atPositions(after, through)
        .forEach(c -> items.add(new Entry(c.feedPosition(), 0, null, null, c, false)));
    items.sort(Comparator.comparingLong(Entry::position));
    return items.size() > limit ? items.subList(0, limit) : items;
  }
}
