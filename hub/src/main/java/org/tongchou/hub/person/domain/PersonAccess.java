package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tongchou.hub.entitlement.domain.Disclosure;
import org.tongchou.hub.entitlement.domain.Entitlement;
import org.tongchou.hub.entitlement.domain.EntitlementChange;
import org.tongchou.hub.entitlement.domain.Entitlements;
import org.tongchou.hub.entitlement.domain.Reader;
import org.tongchou.hub.entitlement.domain.Relationship;
import org.tongchou.hub.entitlement.domain.View;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceClaim;

/**
 * The need-to-know rule applied to a person (docs/ACCESS.md): their entitlements as recorded, or,
 * for a person recorded before entitlements were, the ones their history implies; a reader's view
 * of them; and each new event's audience.
 */
public final class PersonAccess {

  /** The basis of the entitlements a history from before entitlements implies. */
  public static final String LEGACY = "legacy";

  /** The basis of the owner the ID number names. */
  public static final String ID_NUMBER = "id-number";

  private final Disclosure disclosure;
  private final RegionDirectory regions;

  public PersonAccess(RegionDirectory regions) {
    this.regions = regions;
    this.disclosure = new Disclosure(regions);
  }

  public RegionDirectory regions() {
    return regions;
  }

  /** What {@code reader} may see of the person. */
  public View viewOf(Reader reader, PersonState state) {
    return disclosure.viewOf(reader, entitlementsOf(state), state.reportingDivisions());
  }

  /** Each event's audience, from the entitlements after the events were applied. */
  public Map<Long, Set<String>> audiences(
      List<PersonEvent> events, PersonState after, Instant now) {
    Collection<Entitlement> entitlements = entitlementsOf(after);
    Map<Long, Set<String>> audiences = new LinkedHashMap<>();
    for (PersonEvent event : events) {
      audiences.put(event.personSequence(), disclosure.audience(event.facet(), entitlements, now));
    }
    return audiences;
  }

  /** The person's entitlements: recorded, or implied by a history from before they were. */
  public Collection<Entitlement> entitlementsOf(PersonState state) {
    if (!state.entitlements().isEmpty() || !state.isKnown()) {
      return state.entitlements().all();
    }
    Entitlements implied = new Entitlements();
    legacyGrants(state).forEach(change -> implied.apply(change, Instant.EPOCH));
    return implied.all();
  }

  /**
   * The entitlements a history from before entitlements implies, recorded with the person's first
   * entitlement change so that nothing they had is lost: the registration region as owner, every
   * residence as a residence (ended where it ended). Empty for a person who has them.
   */
  public static List<EntitlementChange> legacyGrants(PersonState state) {
    List<EntitlementChange> changes = new ArrayList<>();
    if (!state.isKnown() || !state.entitlements().isEmpty()) {
      return changes;
    }
    String owner = state.registrationOn(LocalDate.MAX);
    if (owner != null) {
      changes.add(EntitlementChange.granted(owner, Relationship.OWNER, LEGACY, null));
    }
    for (ResidenceClaim claim : state.timeline().claims()) {
      EntitlementChange granted =
          EntitlementChange.granted(
              claim.region(), Relationship.RESIDENCE, claim.key(), claim.from());
      changes.add(granted);
      if (!claim.isOpen()) {
        changes.add(granted.as(EntitlementChange.Kind.ENDED, EntitlementChange.HUB, null));
      }
    }
    return changes;
  }

  /** The current owner grant: recorded, or implied by a legacy person's registration. */
  public Optional<Entitlement> ownerGrantOf(PersonState state) {
    return entitlementsOf(state).stream()
        .filter(e -> e.relationship() == Relationship.OWNER && e.endedAt() == null)
        .reduce((first, later) -> later);
  }

  /** The owner now: the region of the current owner grant. */
  public Optional<String> ownerOf(PersonState state) {
    return ownerGrantOf(state).map(Entitlement::region);
  }

  /** Whether {@code jurisdiction} holds the person's owner. */
  public boolean isOwner(PersonState state, String jurisdiction) {
    return ownerOf(state).map(owner -> regions.isWithin(owner, jurisdiction)).orElse(false);
  }

  /**
   * The owner the ID number names: the division of its registration code, or the nearest division
   * above it that the table knows (codes are retired over the years); null when not even the
   * province is known.
   */
  public String anchorOf(IdNumber number) {
    String code = number.issuingRegion();
    for (String candidate :
        List.of(code, code.substring(0, 4) + "00", code.substring(0, 2) + "0000")) {
      if (regions.isKnown(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Whether two registration regions say the same: equal, or one within the other. */
  public boolean agree(String a, String b) {
    return a.equals(b) || regions.isWithin(a, b) || regions.isWithin(b, a);
  }
}
