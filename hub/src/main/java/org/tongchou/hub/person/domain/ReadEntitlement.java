package org.tongchou.hub.person.domain;

import java.util.Set;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * Who may read a person: a region whose jurisdiction holds, or held, the person's registration
 * region or one of their residences. Anyone else must not even learn that the person exists.
 */
public final class ReadEntitlement {

  private final RegionDirectory regions;

  public ReadEntitlement(RegionDirectory regions) {
    this.regions = regions;
  }

  public boolean mayRead(String jurisdiction, PersonState state, String firstRegistrationRegion) {
    Set<String> related = FeedRouting.concernsOf(state);
    if (firstRegistrationRegion != null) {
      related.add(firstRegistrationRegion);
    }
    return related.stream().anyMatch(region -> regions.isWithin(region, jurisdiction));
  }
}
