package org.tongchou.hub.history.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.tongchou.hub.history.domain.BusinessTime;
import org.tongchou.hub.history.domain.BusinessTimes;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.app.PersonHistory.Located;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;

/**
 * A person's history on both time axes, read from the event store: what the hub knew at a recorded
 * time, and of that, what was about a business period.
 */
@Service
public class AuditHistories {

  /** An event with its place in the log and on the business axis. */
  public record Dated(Located located, BusinessTime time) {}

  /**
   * What was known at {@code knownAt}: the events then recorded that are about the asked period,
   * and the person's state as all events then recorded add up to (its residence timeline as then
   * known).
   */
  public record Known(List<Dated> events, PersonState state, int recorded) {}

  private final PersonHistory persons;

  AuditHistories(PersonHistory persons) {
    this.persons = persons;
  }

  /**
   * The history of {@code personKey} as known at {@code knownAt} (null: now), about the days in
   * {@code [from, to]} (either open when null). Empty when the key has no events at all.
   */
  public Optional<Known> of(String personKey, Instant knownAt, LocalDate from, LocalDate to) {
    List<Located> stream = persons.eventsOf(personKey);
    if (stream.isEmpty()) {
      return Optional.empty();
    }
    // A stream's order is its commit order, so what was known at T is a prefix of it.
    List<Located> known = new ArrayList<>();
    for (Located located : stream) {
      if (knownAt != null && located.event().recordedAt().isAfter(knownAt)) {
        break;
      }
      known.add(located);
    }
    // Dated over what was known then only: a correction recorded later is unknown at T.
    List<BusinessTime> times = BusinessTimes.of(known.stream().map(Located::event).toList());
    PersonState state = new PersonState();
    List<Dated> about = new ArrayList<>();
    for (int i = 0; i < known.size(); i++) {
      PersonEvent event = known.get(i).event();
      state.evolve(event);
      if (times.get(i).isAbout(from, to)) {
        about.add(new Dated(known.get(i), times.get(i)));
      }
    }
    return Optional.of(new Known(about, state, known.size()));
  }
}
