package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.residence.domain.ResidenceConflict;

/** Two reporters claim the same days; recorded beside the arrival that caused it. */
public record ResidenceConflictRecorded(
    String personKey,
    long personSequence,
    ResidenceConflict conflict,
    Instant recordedAt,
    String previousHash,
    String hash)
    implements PersonEvent {

  @Override
  public ResidenceConflictRecorded withHash(String newHash) {
    return new ResidenceConflictRecorded(
        personKey, personSequence, conflict, recordedAt, previousHash, newHash);
  }
}
