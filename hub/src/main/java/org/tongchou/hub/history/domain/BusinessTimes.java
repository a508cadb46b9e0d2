package org.tongchou.hub.history.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.ResidenceConflictEnded;
import org.tongchou.hub.person.domain.ResidenceConflictRecorded;
import org.tongchou.hub.person.domain.ResidenceConflictRuled;
import org.tongchou.hub.person.domain.fact.RecordCorrected;

/**
 * Dates every event of a person's stream on the business axis, in one pass, oldest first: later
 * events find the days of the records, duties and conflicts they refer to among the earlier ones.
 */
public final class BusinessTimes {

  private final Map<String, LocalDate> factDays = new HashMap<>();
  private final Map<String, LocalDate> dutyDays = new HashMap<>();
  private final Map<String, LocalDate> conflictDays = new HashMap<>();

  private BusinessTimes() {}

  /** The business time of each event, in the same order. */
  public static List<BusinessTime> of(List<? extends PersonEvent> stream) {
    BusinessTimes times = new BusinessTimes();
    List<BusinessTime> dated = new ArrayList<>(stream.size());
    stream.forEach(event -> dated.add(times.next(event)));
    return dated;
  }

  private BusinessTime next(PersonEvent event) {
    LocalDate recordedOn = BusinessDates.dateOf(event.recordedAt());
    if (event instanceof FactRecorded fact) {
      return fact(fact, recordedOn);
    }
    if (event instanceof ObligationsChanged changed) {
      return obligations(changed, recordedOn);
    }
    if (event instanceof ResidenceConflictRecorded recorded) {
      conflictDays.put(recorded.conflict().id(), recorded.conflict().overlapFrom());
      return decision(recorded.conflict().overlapFrom(), recordedOn);
    }
    if (event instanceof ResidenceConflictRuled ruled) {
      return decision(conflictDays.getOrDefault(ruled.conflictId(), recordedOn), recordedOn);
    }
    if (event instanceof ResidenceConflictEnded ended) {
      return decision(conflictDays.getOrDefault(ended.conflictId(), recordedOn), recordedOn);
    }
    // Identity links and re-evaluations are acts of their day.
    return decision(recordedOn, recordedOn);
  }

  private BusinessTime fact(FactRecorded fact, LocalDate recordedOn) {
    String key = PersonState.recordKey(fact.region(), fact.recordId());
    if (fact.data() instanceof RecordCorrected correction) {
      String corrected = PersonState.recordKey(fact.region(), correction.corrects());
      LocalDate day =
          correction.fact() != null && correction.fact().occurredOn() != null
              ? correction.fact().occurredOn()
              : fact.occurredOn();
      factDays.put(key, day);
      return new BusinessTime(
          RecordKind.CORRECTION, day, factDays.get(corrected), List.of(corrected), recordedOn);
    }
    factDays.put(key, fact.occurredOn());
    return new BusinessTime(RecordKind.FACT, fact.occurredOn(), null, List.of(), recordedOn);
  }

  private BusinessTime obligations(ObligationsChanged changed, LocalDate recordedOn) {
    List<String> reassigned = new ArrayList<>();
    LocalDate earliestDuty = null;
    for (ObligationChange change : changed.changes()) {
      if (change instanceof ObligationChange.Opened opened) {
        dutyDays.put(opened.obligationId(), opened.opensOn());
      } else if (change instanceof ObligationChange.Reassigned moved) {
        reassigned.add(moved.obligationId());
        LocalDate opened = dutyDays.getOrDefault(moved.obligationId(), recordedOn);
        earliestDuty =
            earliestDuty == null || opened.isBefore(earliestDuty) ? opened : earliestDuty;
      }
    }
    if (!reassigned.isEmpty()) {
      return new BusinessTime(RecordKind.REASSIGNMENT, earliestDuty, null, reassigned, recordedOn);
    }
    return decision(causeDay(changed.cause(), recordedOn), recordedOn);
  }

  /** A fact's day, a deadline's day ({@code deadline:DATE}), or the day an office acted. */
  private LocalDate causeDay(String cause, LocalDate recordedOn) {
    if (cause != null && cause.startsWith("deadline:")) {
      return LocalDate.parse(cause.substring("deadline:".length()));
    }
    return cause == null ? recordedOn : factDays.getOrDefault(cause, recordedOn);
  }

  private static BusinessTime decision(LocalDate day, LocalDate recordedOn) {
    return new BusinessTime(RecordKind.DECISION, day, null, List.of(), recordedOn);
  }
}
