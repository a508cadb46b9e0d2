package org.tongchou.hub.entitlement.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The one rule of who sees what of a person (docs/ACCESS.md). Read paths ask {@link #viewOf} at
 * read time; the feed asks {@link #audience} when an event is recorded. Both come from the same
 * entitlements and the same facets, so that a region's feed never carries what its reads would not
 * show.
 */
public final class Disclosure {

  private final RegionDirectory regions;

  public Disclosure(RegionDirectory regions) {
    this.regions = regions;
  }

  /**
   * The reader's view of a person with these entitlements; {@code reportingDivisions} are the
   * divisions whose facts the person's stream holds (a reporter sees its own).
   */
  public View viewOf(
      Reader reader, Collection<Entitlement> entitlements, Collection<String> reportingDivisions) {
    if (reader.everything()) {
      return new View(reader, java.util.List.of(), true, division -> true);
    }
    java.util.function.Predicate<String> within =
        division -> division != null && regions.isWithin(division, reader.jurisdiction());
    return new View(
        reader,
        entitlements.stream()
            .filter(e -> within.test(e.region()) && !e.grantedAt().isAfter(reader.at()))
            .toList(),
        reportingDivisions.stream().anyMatch(within),
        within);
  }

  /**
   * Whether the reader is a party to something that binds these divisions (an obligation, a
   * conflict): the rule of the lists that read obligations and conflicts from read models without
   * the person's stream, and of {@link View#isPartyTo}.
   */
  public boolean isPartyTo(Reader reader, Collection<String> divisions) {
    return reader.everything()
        || divisions.stream()
            .anyMatch(d -> d != null && regions.isWithin(d, reader.jurisdiction()));
  }

  /**
   * The divisions whose feeds carry a new event: the owner and anyone who sees the whole history
   * now, the event's own divisions, and for a certificate the current residences. An office above
   * any of them sees it too (the feed routes to ancestors).
   */
  public Set<String> audience(Facet facet, Collection<Entitlement> entitlements, Instant now) {
    Set<String> audience = new TreeSet<>();
    for (Entitlement e : entitlements) {
      if (e.relationship().showsWholeHistory() && e.holdsAt(now)) {
        audience.add(e.region());
      }
    }
    switch (facet.sensitivity()) {
      case OWNER_ONLY -> {
        return audience;
      }
      case EVERY_READER -> {
        return Set.of();
      }
      case ORDINARY, CERTIFICATE -> {}
    }
    facet.divisions().stream().filter(d -> d != null && !d.isBlank()).forEach(audience::add);
    if (facet.sensitivity() == Facet.Sensitivity.CERTIFICATE) {
      for (Entitlement e : entitlements) {
        if (e.relationship() == Relationship.RESIDENCE && e.holdsAt(now)) {
          audience.add(e.region());
        }
      }
    }
    return audience;
  }
}
