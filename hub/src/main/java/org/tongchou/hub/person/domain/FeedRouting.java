package org.tongchou.hub.person.domain;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.tongchou.hub.person.domain.fact.DepartureReported;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;

/**
 * Which divisions a new event concerns (DOMAIN.md, "Feeds"): the person's registration regions and
 * every place they live or lived, as known once the event is applied, plus the places the fact
 * itself names.
 */
final class FeedRouting {

  private FeedRouting() {}

  static Set<String> concerns(PersonState before, ReportedFact fact, List<PersonEvent> events) {
    Set<String> regions = concernsOf(before);
    addIfPresent(regions, fact.person().registrationRegion());
    named(regions, fact.region(), fact.data());
    events.stream()
        .filter(ResidenceConflictRecorded.class::isInstance)
        .map(e -> ((ResidenceConflictRecorded) e).conflict())
        .forEach(
            c -> {
              regions.add(c.existing().region());
              regions.add(c.claimed().region());
            });
    return regions;
  }

  /**
   * The divisions a person concerns now: every registration and residence region they have or had.
   */
  static Set<String> concernsOf(PersonState person) {
    Set<String> regions = new TreeSet<>(person.registrationRegions());
    person.timeline().claims().forEach(claim -> regions.add(claim.region()));
    return regions;
  }

  private static void named(Set<String> regions, String factRegion, FactData data) {
    if (data.isResidenceFact()) {
      regions.add(factRegion);
    }
    if (data instanceof DepartureReported departure) {
      addIfPresent(regions, departure.to());
    }
    if (data instanceof RecordCorrected correction && correction.fact() != null) {
      named(regions, correction.fact().region(), correction.fact().data());
    }
  }

  private static void addIfPresent(Set<String> regions, String region) {
    if (region != null && !region.isBlank()) {
      regions.add(region);
    }
  }
}
