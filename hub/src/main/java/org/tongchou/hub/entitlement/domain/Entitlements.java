package org.tongchou.hub.entitlement.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A person's entitlements, folded from their recorded changes. Mutable, like the person it belongs
 * to: folded once per person and kept.
 */
public final class Entitlements {

  private final Map<String, Entitlement> byKey = new LinkedHashMap<>();

  /**
   * Applies a recorded change; an end, suspension or restoration of nothing granted changes
   * nothing.
   */
  public void apply(EntitlementChange change, Instant recordedAt) {
    String key = key(change.region(), change.relationship(), change.basis());
    switch (change.kind()) {
      case GRANTED ->
          byKey.put(
              key,
              new Entitlement(
                  change.region(),
                  change.relationship(),
                  change.basis(),
                  change.by(),
                  change.from(),
                  recordedAt,
                  change.until(),
                  null,
                  false));
      case ENDED -> byKey.computeIfPresent(key, (k, e) -> e.ended(recordedAt));
      case SUSPENDED -> byKey.computeIfPresent(key, (k, e) -> e.suspended(true));
      case RESTORED -> byKey.computeIfPresent(key, (k, e) -> e.suspended(false));
    }
  }

  /** A copy to try changes on before they are recorded. */
  public Entitlements copy() {
    Entitlements copy = new Entitlements();
    copy.byKey.putAll(byKey);
    return copy;
  }

  public Collection<Entitlement> all() {
    return Collections.unmodifiableCollection(byKey.values());
  }

  public Optional<Entitlement> find(String region, Relationship relationship, String basis) {
    return Optional.ofNullable(byKey.get(key(region, relationship, basis)));
  }

  /**
   * The owner now: the latest owner grant that was not ended; empty for a person from before owners
   * were recorded.
   */
  public Optional<Entitlement> owner() {
    Entitlement owner = null;
    for (Entitlement e : byKey.values()) {
      if (e.relationship() == Relationship.OWNER && e.endedAt() == null) {
        owner = e;
      }
    }
    return Optional.ofNullable(owner);
  }

  public boolean isEmpty() {
    return byKey.isEmpty();
  }

  private static String key(String region, Relationship relationship, String basis) {
    return relationship + "|" + region + "|" + basis;
  }
}
