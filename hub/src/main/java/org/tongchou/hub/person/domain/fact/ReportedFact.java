package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;
import java.util.List;
import org.tongchou.hub.kernel.FieldViolation;

/**
 * A fact as a region reported it, before validation. {@code occurredOn} is null when it was missing
 * or unreadable; {@code readProblems} holds what the wire mapping could not read (e.g. a malformed
 * date), so that they are refused together with everything else.
 */
public record ReportedFact(
    String recordId,
    String region,
    LocalDate occurredOn,
    PersonDetails person,
    FactData data,
    List<FieldViolation> readProblems) {

  public ReportedFact {
    readProblems = readProblems == null ? List.of() : List.copyOf(readProblems);
  }

  /** The same fact with the person's ID number and name removed, fit to be part of an event. */
  public ReportedFact withoutIdentity() {
    PersonDetails anonymous =
        person == null
            ? null
            : new PersonDetails(null, null, person.sex(), person.registrationRegion());
    return new ReportedFact(recordId, region, occurredOn, anonymous, data, List.of());
  }
}
