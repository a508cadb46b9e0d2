package org.tongchou.hub.person.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.RecordCorrected;

/**
 * A recorded fact as it stands now: corrections replace its {@code region}, {@code occurredOn} and
 * {@code data}, while it keeps the record key it was reported under and the time the hub first
 * recorded it.
 *
 * @param key the record key, reporting division and record id ({@link PersonState#recordKey})
 * @param reportingRegion the division the fact was reported under (the key's division)
 */
public record KnownFact(
    String key,
    String recordId,
    String reportingRegion,
    String region,
    LocalDate occurredOn,
    FactData data,
    String reportedBy,
    Instant recordedAt,
    long personSequence) {

  /**
   * Division codes repeat across a person's facts and across persons: shared, as the person cache
   * keeps them.
   */
  public KnownFact {
    reportingRegion = reportingRegion == null ? null : reportingRegion.intern();
    region = region == null ? null : region.intern();
    reportedBy = reportedBy == null ? null : reportedBy.intern();
  }

  KnownFact correctedTo(String newRegion, LocalDate newOccurredOn, FactData newData) {
    return new KnownFact(
        key,
        recordId,
        reportingRegion,
        newRegion,
        newOccurredOn,
        newData,
        reportedBy,
        recordedAt,
        personSequence);
  }

  /** True for the correction records themselves, which are about other records. */
  public boolean isCorrection() {
    return data instanceof RecordCorrected;
  }
}
