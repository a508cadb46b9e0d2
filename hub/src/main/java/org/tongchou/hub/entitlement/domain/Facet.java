package org.tongchou.hub.entitlement.domain;

import java.time.Instant;
import java.util.Set;

/**
 * What the need-to-know rule asks of one event: how sensitive it is, which divisions it is their
 * own business (the division that reported it, the regions it is addressed to or binds), and when
 * it was recorded.
 */
public record Facet(Sensitivity sensitivity, Set<String> divisions, Instant recordedAt) {

  public Facet {
    divisions = Set.copyOf(divisions);
  }

  public enum Sensitivity {
    /** Its divisions see it; so do those who see the whole history. */
    ORDINARY,
    /** The certificate (婚育证明): the current residence sees it too, in part. */
    CERTIFICATE,
    /** Only those who see the whole history: an identity mismatch. */
    OWNER_ONLY,
    /**
     * Whoever may read the person at all: that the person was erased, by whom and why, explains why
     * their texts read as erased. The feed routes it to no region (docs/PRIVACY.md).
     */
    EVERY_READER
  }

  public static Facet ordinary(Set<String> divisions, Instant recordedAt) {
    return new Facet(Sensitivity.ORDINARY, divisions, recordedAt);
  }
}
