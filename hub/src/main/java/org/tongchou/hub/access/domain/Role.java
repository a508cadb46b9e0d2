package org.tongchou.hub.access.domain;

import java.util.Locale;

/**
 * What a credential may do (DOMAIN.md, "Privacy"): a region writes within its jurisdiction and
 * reads what concerns it; a coordination office reads its subtree and writes nothing; an auditor
 * reads everything and writes nothing.
 */
public enum Role {
  REGION,
  OFFICE,
  AUDITOR;

  public boolean mayWriteFacts() {
    return this == REGION;
  }

  /** Auditors read across every jurisdiction; the others only within their own. */
  public boolean readsEverything() {
    return this == AUDITOR;
  }

  public static Role parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
