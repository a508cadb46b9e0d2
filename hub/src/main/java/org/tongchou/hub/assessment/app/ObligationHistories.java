package org.tongchou.hub.assessment.app;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.tongchou.hub.obligation.app.ObligationViews;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.app.PersonHistory;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonState;

/**
 * An obligation and what lies behind it, read from the person's stream itself (not from a read
 * model): its events with their places in the log, and the facts they name.
 */
@Service
public class ObligationHistories {

  /**
   * The obligation's row, its events, and the facts behind them, each with its place in the log.
   */
  public record History(
      ObligationRow row, List<PersonHistory.Located> events, List<PersonHistory.Located> facts) {}

  private final ObligationViews views;
  private final PersonHistory persons;

  ObligationHistories(ObligationViews views, PersonHistory persons) {
    this.views = views;
    this.persons = persons;
  }

  /**
   * The obligation's history, if it exists and {@code mayRead} its row. The row is judged before
   * the person's whole stream is read, so a caller who may not see it costs one row's read.
   */
  public Optional<History> of(String obligationId, Predicate<ObligationRow> mayRead) {
    return views
        .find(obligationId)
        .filter(mayRead)
        .map(
            row -> {
              List<PersonHistory.Located> stream = persons.eventsOf(row.personKey());
              List<PersonHistory.Located> events =
                  stream.stream()
                      .filter(
                          l ->
                              l.event() instanceof ObligationsChanged e
                                  && !e.of(obligationId).isEmpty())
                      .toList();
              Set<String> keys = new HashSet<>();
              keys.add(row.openedBy());
              keys.add(row.evidence());
              events.forEach(
                  l -> {
                    ObligationsChanged e = (ObligationsChanged) l.event();
                    keys.add(e.cause());
                    e.of(obligationId)
                        .forEach(
                            change -> {
                              if (change instanceof ObligationChange.Opened opened) {
                                keys.add(opened.evidence());
                              } else if (change instanceof ObligationChange.StatusChanged changed) {
                                keys.add(changed.evidence());
                              }
                            });
                  });
              List<PersonHistory.Located> facts =
                  stream.stream()
                      .filter(
                          l ->
                              l.event() instanceof FactRecorded f
                                  && keys.contains(PersonState.recordKey(f.region(), f.recordId())))
                      .toList();
              return new History(row, events, facts);
            });
  }
}
