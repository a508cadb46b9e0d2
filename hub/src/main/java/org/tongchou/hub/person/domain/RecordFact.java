package org.tongchou.hub.person.domain;

import java.time.Instant;

/**
 * The decision input: record this validated fact for this person.
 *
 * @param reportedBy the jurisdiction of the pushing credential
 * @param childKey the child's person key when a birth names the child's ID number, else null
 */
public record RecordFact(
    String personKey, ValidatedFact fact, String reportedBy, Instant recordedAt, String childKey) {}
