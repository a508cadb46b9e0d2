package org.tongchou.hub.obligation.app;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationRow;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.app.PersonCommands;
import org.tongchou.hub.person.app.ReevaluateObligations;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.platform.readmodel.ReadModels;
import org.tongchou.hub.policy.app.PeriodReevaluation;
import org.tongchou.hub.policy.domain.CoveragePeriod;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * An office's re-evaluation of a period: the obligations due in it that bind a region (as the read
 * model lists them), person by person, each person in one transaction of its own.
 */
@Service
public class ReevaluationService implements PeriodReevaluation {

  private final ObligationViews views;
  private final PersonCommands persons;
  private final RegionDirectory regions;
  private final ReadModels readModels;
  private final Clock clock;

  ReevaluationService(
      ObligationViews views,
      PersonCommands persons,
      RegionDirectory regions,
      ReadModels readModels,
      Clock clock) {
    this.views = views;
    this.persons = persons;
    this.regions = regions;
    this.readModels = readModels;
    this.clock = clock;
  }

  @Override
  public Counts reevaluate(
      String region, CoveragePeriod.Labelled period, String version, String office, String reason) {
    readModels.awaitCurrent(Duration.ofSeconds(10));
    Map<String, List<String>> byPerson = new LinkedHashMap<>();
    for (ObligationRow row : views.dueIn(regions.subtree(region), period.start(), period.end())) {
      if (!row.status().isClosed() && regions.isWithin(row.responsible(), region)) {
        byPerson.computeIfAbsent(row.personKey(), k -> new ArrayList<>()).add(row.obligationId());
      }
    }
    int obligations = 0;
    int changed = 0;
    for (Map.Entry<String, List<String>> person : byPerson.entrySet()) {
      Decision decision =
          persons.send(
              new ReevaluateObligations(
                  person.getKey(),
                  person.getValue(),
                  period.label(),
                  version,
                  office,
                  reason,
                  clock.instant().truncatedTo(ChronoUnit.MILLIS)));
      obligations += person.getValue().size();
      if (decision instanceof Decision.Accepted accepted) {
        changed +=
            (int)
                accepted.events().stream()
                    .filter(ObligationsChanged.class::isInstance)
                    .flatMap(e -> ((ObligationsChanged) e).changes().stream())
                    .map(ObligationChange::obligationId)
                    .filter(person.getValue()::contains)
                    .distinct()
                    .count();
      }
    }
    return new Counts(byPerson.size(), obligations, changed);
  }
}
