package org.tongchou.hub.entitlement.domain;

/**
 * Why a region may read a person (docs/ACCESS.md). A region that only reported something has no
 * relationship: it sees what it reported itself, without the name.
 */
public enum Relationship {
  /** The registration region: everything about its people. */
  OWNER,
  /** Where the person lives or lived: its own period, the identity and the certificate's status. */
  RESIDENCE,
  /** Time-limited access an office granted, with a reason: everything, until it ends. */
  EMERGENCY,
  /** The owner shared the person's history with a region, with a reason, until a time. */
  SHARED;

  /** Whether this relationship, while it lasts, shows the whole history. */
  public boolean showsWholeHistory() {
    return this != RESIDENCE;
  }
}
