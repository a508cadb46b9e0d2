package org.tongchou.hub.entitlement.domain;

import java.time.Instant;

/**
 * Who reads, as the rule needs it: everything (an auditor, the national office), or a jurisdiction
 * (a region's or a provincial office's: one division and everything under it), at a moment.
 */
public record Reader(boolean everything, String jurisdiction, Instant at) {

  public static Reader everything(Instant at) {
    return new Reader(true, null, at);
  }

  public static Reader of(String jurisdiction, Instant at) {
    return new Reader(false, jurisdiction, at);
  }
}
