package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.tongchou.hub.person.domain.fact.FactData;

/**
 * A region's fact, recorded. Holds no ID number and no name: the person is {@code personKey}.
 *
 * @param region the reporting division, as the fact named it
 * @param reportedBy the jurisdiction of the credential that pushed it
 * @param registrationRegion the household-registration division the fact gave, if any
 * @param sex the person's sex from the ID number, on the first event that needed it (duties such as
 *     certificate checks depend on it); null afterwards
 * @param bornOn the person's birth date from the ID number, alongside {@code sex}
 */
public record FactRecorded(
    String personKey,
    long personSequence,
    String recordId,
    String region,
    String reportedBy,
    LocalDate occurredOn,
    String registrationRegion,
    FactData data,
    Instant recordedAt,
    String previousHash,
    String hash,
    String sex,
    LocalDate bornOn)
    implements PersonEvent {

  @Override
  public FactRecorded withHash(String newHash) {
    return new FactRecorded(
        personKey,
        personSequence,
        recordId,
        region,
        reportedBy,
        occurredOn,
        registrationRegion,
        data,
        recordedAt,
        previousHash,
        newHash,
        sex,
        bornOn);
  }
}
