package org.tongchou.hub.statistics.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tongchou.hub.person.domain.KnownFact;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.fact.BirthRegistered;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceClaim;
import org.tongchou.hub.residence.domain.ResidenceTimeline;

/**
 * What one person adds to the statistics: where they lived (segments that never overlap, each
 * marked migrant or not by Regulation No. 555's rule) and the children born to them (once per
 * child, with where the mother lived on the birth date).
 */
public record PersonFigures(List<Stay> stays, List<Birth> births) {

  /** A stretch of residence, [from, until); {@code starting}: the arrival that began it. */
  public record Stay(
      String region,
      String registration,
      LocalDate from,
      LocalDate until,
      boolean starting,
      boolean migrant,
      String arrivalKey) {}

  /**
   * A child, by birth date and order; {@code residence} null when the mother lived nowhere
   * recorded.
   */
  public record Birth(
      String child,
      LocalDate bornOn,
      String sex,
      int birthOrder,
      String residence,
      String registration,
      boolean migrant,
      String recordKey) {}

  public static PersonFigures of(PersonState person, RegionDirectory regions) {
    List<Stay> stays = new ArrayList<>();
    for (ResidenceTimeline.Segment segment : person.timeline().segments()) {
      String registration = person.registrationOn(segment.from());
      stays.add(
          new Stay(
              segment.claim().region(),
              registration,
              segment.from(),
              segment.until(),
              segment.starting(),
              regions.isMigrant(segment.claim().region(), registration),
              segment.claim().arrivalKey()));
    }
    List<Birth> births = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (KnownFact fact : person.facts()) {
      if (fact.data() instanceof BirthRegistered birth
          && birth.child() != null
          && birth.child().bornOn() != null) {
        String child = birth.child().bornOn() + "#" + birth.child().birthOrder();
        if (seen.add(child)) {
          LocalDate born = birth.child().bornOn();
          Optional<ResidenceClaim> lived = person.timeline().residenceOn(born);
          String registration = person.registrationOn(born);
          String residence = lived.map(ResidenceClaim::region).orElse(null);
          births.add(
              new Birth(
                  child,
                  born,
                  birth.child().sex(),
                  birth.child().birthOrder(),
                  residence,
                  registration,
                  residence != null && regions.isMigrant(residence, registration),
                  fact.key()));
        }
      }
    }
    return new PersonFigures(stays, births);
  }
}
