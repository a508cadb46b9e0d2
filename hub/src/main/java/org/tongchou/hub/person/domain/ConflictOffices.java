package org.tongchou.hub.person.domain;

import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.residence.domain.ResidenceConflict;

/**
 * Which coordination office a residence conflict goes to. A property of the conflict itself, so it
 * lives beside the conflict's events: the wire form of a conflict names it, and the rulings check
 * against it.
 */
public final class ConflictOffices {

  private ConflictOffices() {}

  /**
   * The smallest coordination office above both regions: their province's when they share one, else
   * the national office.
   */
  public static String escalatedTo(ResidenceConflict conflict, RegionDirectory regions) {
    return escalatedTo(conflict.existing().region(), conflict.claimed().region(), regions);
  }

  public static String escalatedTo(
      String existingRegion, String claimedRegion, RegionDirectory regions) {
    String a = regions.provinceOf(existingRegion);
    String b = regions.provinceOf(claimedRegion);
    return a != null && a.equals(b) ? a : Caller.NATIONAL;
  }
}
