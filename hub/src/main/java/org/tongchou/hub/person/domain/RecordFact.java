package org.tongchou.hub.person.domain;

import java.time.Instant;

/**
 * The decision input: record this validated fact for this person.
 *
 * @param reportedBy the jurisdiction of the pushing credential
 * @param childKey the child's person key when a birth names the child's ID number, else null
 * @param nameDigest the keyed digest of the name the fact gives ({@code NameDigests}), else null:
 *     what an arrival is corroborated with, and what a first record or the owner establishes
 */
public record RecordFact(
    String personKey,
    ValidatedFact fact,
    String reportedBy,
    Instant recordedAt,
    String childKey,
    String nameDigest) {

  public RecordFact(
      String personKey,
      ValidatedFact fact,
      String reportedBy,
      Instant recordedAt,
      String childKey) {
    this(personKey, fact, reportedBy, recordedAt, childKey, null);
  }

  public RecordFact withNameDigest(String digest) {
    return new RecordFact(personKey, fact, reportedBy, recordedAt, childKey, digest);
  }
}
