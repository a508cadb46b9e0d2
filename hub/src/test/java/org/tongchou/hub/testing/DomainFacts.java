package org.tongchou.hub.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.PersonDetails;
import org.tongchou.hub.person.domain.fact.ReportedFact;

/** Domain-level facts and commands for tests below the wire. */
public final class DomainFacts {

  /** A woman registered in Zhengzhou 中原区, born 1990-03-07. */
  public static final String ID = IdNumbers.of("410102", LocalDate.of(1990, 3, 7), 152);

  public static final PersonKeys KEYS = new PersonKeys("test-secret-not-for-production".getBytes());
  public static final String KEY = KEYS.keyOf(IdNumber.parse(ID).number());
  public static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  private DomainFacts() {}

  public static PersonDetails person() {
    return new PersonDetails(ID, "王芳", "F", "410102");
  }

  public static ReportedFact reported(
      String recordId, String region, String occurredOn, FactData data) {
    return new ReportedFact(
        recordId,
        region,
        occurredOn == null ? null : LocalDate.parse(occurredOn),
        person(),
        data,
        List.of());
  }

  public static RecordFact command(ReportedFact fact, String reportedBy) {
    IdNumber id = IdNumber.parse(fact.person().idNumber()).number();
    return new RecordFact(KEYS.keyOf(id), new ValidatedFact(fact, id, null), reportedBy, NOW, null);
  }
}
