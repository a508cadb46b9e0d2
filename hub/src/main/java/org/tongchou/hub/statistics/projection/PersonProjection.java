package org.tongchou.hub.statistics.projection;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.statistics.domain.FigureChanges;
import org.tongchou.hub.statistics.domain.PersonFigures;

/**
 * {@code residence_view} and {@code birth_view}: where each person lived and which children were
 * born, derived the same way the person aggregate derives them ({@link PersonState}). The
 * projection folds each person's events itself, keeping recent persons in a bounded cache and
 * reading a person's earlier events from the store when it meets one it does not hold.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class PersonProjection {

  private final JdbcTemplate jdbc;
  private final EventStore eventStore;
  private final RegionDirectory regions;
  private final Map<String, PersonState> recent;

  PersonProjection(
      JdbcTemplate jdbc,
      EventStore eventStore,
      RegionDirectory regions,
      @Value("${tongchou.read-models.person-cache:10000}") int cacheSize) {
    this.jdbc = jdbc;
    this.eventStore = eventStore;
    this.regions = regions;
    this.recent =
        Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, PersonState> eldest) {
                return size() > cacheSize;
              }
            });
  }

  @EventHandler
  void on(PersonEvent event) {
    PersonState state = before(event);
    state.evolve(event);
    recent.put(event.personKey(), state);
    if (FigureChanges.after(event)) {
      write(event.personKey(), PersonFigures.of(state, regions), event.personSequence() == 1);
    }
  }

  /** The person as they were just before {@code event}: cached, or folded again from the store. */
  private PersonState before(PersonEvent event) {
    PersonState cached = recent.get(event.personKey());
    if (cached != null && cached.sequence() == event.personSequence() - 1) {
      return cached;
    }
    if (event.personSequence() == 1) {
      return new PersonState(); // a person's first event: there is nothing before it to read
    }
    PersonState state = new PersonState();
    eventStore
        .readEvents(event.personKey())
        .asStream()
        .map(message -> (PersonEvent) message.getPayload())
        .filter(e -> e.personSequence() < event.personSequence())
        .forEach(state::evolve);
    return state;
  }

  /**
   * Replaces the person's rows. Before a person's first event there are none to delete: the rows
   * come from the person's own events only, a batch's rows commit with its token, and a rebuild
   * empties the tables first ({@link #reset}); two DELETEs per new person were most of this
   * projection's statements (issue #15).
   */
  private void write(String personKey, PersonFigures figures, boolean first) {
    if (!first) {
      jdbc.update("DELETE FROM residence_view WHERE person_key = ?", personKey);
      jdbc.update("DELETE FROM birth_view WHERE person_key = ?", personKey);
    }
    List<Object[]> segments = new ArrayList<>();
    int n = 0;
    for (PersonFigures.Stay stay : figures.stays()) {
      segments.add(
          new Object[] {
            personKey,
            n++,
            stay.region(),
            stay.registration(),
            Date.valueOf(stay.from()),
            stay.until() == null ? null : Date.valueOf(stay.until()),
            stay.starting(),
            stay.migrant(),
            stay.arrivalKey()
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO residence_view (person_key, segment, region, registration_region, from_date, "
            + "until_date, starting, migrant, arrival_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        segments);
    List<Object[]> births =
        figures.births().stream()
            .map(
                b ->
                    new Object[] {
                      personKey,
                      b.child(),
                      Date.valueOf(b.bornOn()),
                      b.sex(),
                      b.birthOrder(),
                      b.residence(),
                      b.registration(),
                      b.migrant(),
                      b.recordKey()
                    })
            .toList();
    jdbc.batchUpdate(
        "INSERT INTO birth_view (person_key, child, born_on, sex, birth_order, residence_region, "
            + "registration_region, migrant, record_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        births);
  }

  @ResetHandler
  void reset() {
    recent.clear();
    jdbc.update("DELETE FROM residence_view");
    jdbc.update("DELETE FROM birth_view");
  }
}
