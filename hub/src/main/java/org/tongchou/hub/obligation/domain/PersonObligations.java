package org.tongchou.hub.obligation.domain;

import org.tongchou.hub.person.domain.PersonState;

/**
 * The person whose obligations a rule decides on or settles: their key (which names the events),
 * what their stream adds up to, and the obligations recorded in it. One argument, so that a rule's
 * own fields follow it by name.
 */
public record PersonObligations(String personKey, PersonState person, ObligationLedger ledger) {}
