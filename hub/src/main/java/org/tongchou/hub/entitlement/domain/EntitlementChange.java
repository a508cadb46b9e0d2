package org.tongchou.hub.entitlement.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change to who may read a person, as recorded in the person's stream.
 *
 * @param kind granted, ended, suspended (an arrival contested) or restored
 * @param region the division the entitlement belongs to
 * @param basis why: {@code id-number} (the owner named by the ID number), a record key (the arrival
 *     or the claim that grants it), or the act of whoever granted it
 * @param by who decided: {@code hub} for a rule, else the office or region that acted
 * @param reason the reason given for an act, sealed with the person's key; null for a rule
 * @param from the business date from which it holds (a residence from its arrival, an owner from a
 *     registration's date); null when it holds from when it is recorded
 * @param until when a time-limited grant ends by itself; null for no limit
 */
public record EntitlementChange(
    Kind kind,
    String region,
    Relationship relationship,
    String basis,
    String by,
    String reason,
    LocalDate from,
    Instant until) {

  public enum Kind {
    GRANTED,
    ENDED,
    SUSPENDED,
    RESTORED
  }

  /** The hub's own rule: the owner named by the ID number, or a corroborated arrival. */
  public static EntitlementChange granted(
      String region, Relationship relationship, String basis, LocalDate from) {
    return new EntitlementChange(Kind.GRANTED, region, relationship, basis, HUB, null, from, null);
  }

  /** The same entitlement, changed to {@code kind} by {@code by}. */
  public EntitlementChange as(Kind newKind, String newBy, String newReason) {
    return new EntitlementChange(
        newKind, region, relationship, basis, newBy, newReason, null, null);
  }

  /** How the hub names itself as the grantor of what its rules grant. */
  public static final String HUB = "hub";
}
