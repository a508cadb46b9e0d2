package org.tongchou.hub.person.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;

/** Reads a person's events straight from the event store: always complete, never a stale copy. */
@Service
public class PersonHistory {

  /**
   * An event with its place: {@code position} the event table's global index, {@code logPosition}
   * its place in the log (the feed's, the export's, the checkpoints'; docs/AUDIT.md), 0 if it has
   * none yet.
   */
  public record Located(PersonEvent event, String eventId, long position, long logPosition) {}

  private final EventStore eventStore;
  private final JdbcTemplate jdbc;

  PersonHistory(EventStore eventStore, JdbcTemplate jdbc) {
    this.eventStore = eventStore;
    this.jdbc = jdbc;
  }

  /**
   * What a person's events add up to, or empty for a key without any. Folds the stream alone: a
   * caller that needs no event's place in the log is spared the positions query.
   */
  public Optional<PersonState> stateOf(String personKey) {
    DomainEventStream events = eventStore.readEvents(personKey);
    if (!events.hasNext()) {
      return Optional.empty();
    }
    PersonState state = new PersonState();
    events.forEachRemaining(message -> state.evolve((PersonEvent) message.getPayload()));
    return Optional.of(state);
  }

  public List<Located> eventsOf(String personKey) {
    // Events first, positions second: an event committed in between has a position too.
    List<DomainEventMessage<?>> messages = new ArrayList<>();
    eventStore.readEvents(personKey).asStream().forEach(messages::add);
    Map<Long, Object[]> where = new HashMap<>();
    jdbc.query(
        "SELECT d.sequence_number, d.event_identifier, d.global_index, f.position "
            + "FROM domain_event_entry d "
            + "LEFT JOIN feed_entry f ON f.global_index = d.global_index "
            + "WHERE d.aggregate_identifier = ?",
        rs -> {
          where.put(rs.getLong(1), new Object[] {rs.getString(2), rs.getLong(3), rs.getLong(4)});
        },
        personKey);
    List<Located> events = new ArrayList<>();
    for (DomainEventMessage<?> message : messages) {
      Object[] at = where.get(message.getSequenceNumber());
      events.add(
          new Located(
              (PersonEvent) message.getPayload(), (String) at[0], (Long) at[1], (Long) at[2]));
    }
    return events;
  }
}
