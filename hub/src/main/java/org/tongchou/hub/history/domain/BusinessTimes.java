package org.tongchou.hub.history.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.obligation.domain.PersonStreamVisitor;
import org.tongchou.hub.obligation.domain.ReevaluationRecorded;
import org.tongchou.hub.person.domain.ArrivalContestRuled;
import org.tongchou.hub.person.domain.ArrivalContested;
import org.tongchou.hub.person.domain.EntitlementsChanged;
import org.tongchou.hub.person.domain.Erasure;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.IdentityLinkApproved;
import org.tongchou.hub.person.domain.IdentityLinkRequested;
import org.tongchou.hub.person.domain.IdentityLinked;
import org.tongchou.hub.person.domain.IdentityMismatchRecorded;
import org.tongchou.hub.person.domain.IdentityUnlinked;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.PersonState;
import org.tongchou.hub.person.domain.RegistrationClaimDecided;
import org.tongchou.hub.person.domain.RegistrationClaimed;
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
    return event.accept(new Dating(BusinessDates.dateOf(event.recordedAt())));
  }

  /** The business day of each kind of event recorded on {@code recordedOn}. */
  private final class Dating implements PersonStreamVisitor<BusinessTime> {

    private final LocalDate recordedOn;

    Dating(LocalDate recordedOn) {
      this.recordedOn = recordedOn;
    }

    @Override
    public BusinessTime factRecorded(FactRecorded fact) {
      return fact(fact, recordedOn);
    }

    @Override
    public BusinessTime obligationsChanged(ObligationsChanged changed) {
      return obligations(changed, recordedOn);
    }

    @Override
    public BusinessTime residenceConflictRecorded(ResidenceConflictRecorded recorded) {
      conflictDays.put(recorded.conflict().id(), recorded.conflict().overlapFrom());
      return decision(recorded.conflict().overlapFrom(), recordedOn);
    }

    @Override
    public BusinessTime residenceConflictRuled(ResidenceConflictRuled ruled) {
      return decision(conflictDays.getOrDefault(ruled.conflictId(), recordedOn), recordedOn);
    }

    @Override
    public BusinessTime residenceConflictEnded(ResidenceConflictEnded ended) {
      return decision(conflictDays.getOrDefault(ended.conflictId(), recordedOn), recordedOn);
    }

    @Override
    public BusinessTime reevaluationRecorded(ReevaluationRecorded reevaluation) {
      return ofTheDay();
    }

    @Override
    public BusinessTime erased(Erasure erasure) {
      return ofTheDay();
    }

    @Override
    public BusinessTime identityLinkRequested(IdentityLinkRequested event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime identityLinkApproved(IdentityLinkApproved event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime identityLinked(IdentityLinked event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime identityUnlinked(IdentityUnlinked event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime identityMismatchRecorded(IdentityMismatchRecorded event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime entitlementsChanged(EntitlementsChanged event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime registrationClaimed(RegistrationClaimed event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime registrationClaimDecided(RegistrationClaimDecided event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime arrivalContested(ArrivalContested event) {
      return ofTheDay();
    }

    @Override
    public BusinessTime arrivalContestRuled(ArrivalContestRuled event) {
      return ofTheDay();
    }

    /** Identity links, access acts, re-evaluations and erasures are acts of their day. */
    private BusinessTime ofTheDay() {
      return decision(recordedOn, recordedOn);
    }
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
    Duties duties = new Duties(recordedOn);
    changed.changes().forEach(change -> change.accept(duties));
    if (!duties.reassigned.isEmpty()) {
      return new BusinessTime(
          RecordKind.REASSIGNMENT, duties.earliestDuty, null, duties.reassigned, recordedOn);
    }
    return decision(causeDay(changed.cause(), recordedOn), recordedOn);
  }

  /**
   * What each kind of change tells the dating: an opened duty's day, for a later reassignment of
   * it; a reassignment, which dates the event by the earliest duty it moves. A new kind fails to
   * compile here until it says which.
   */
  private final class Duties implements ObligationChange.Visitor<Void> {

    private final LocalDate recordedOn;
    private final List<String> reassigned = new ArrayList<>();
    private LocalDate earliestDuty;

    Duties(LocalDate recordedOn) {
      this.recordedOn = recordedOn;
    }

    @Override
    public Void opened(ObligationChange.Opened opened) {
      dutyDays.put(opened.obligationId(), opened.opensOn());
      return null;
    }

    @Override
    public Void reassigned(ObligationChange.Reassigned moved) {
      reassigned.add(moved.obligationId());
      LocalDate opened = dutyDays.getOrDefault(moved.obligationId(), recordedOn);
      earliestDuty = earliestDuty == null || opened.isBefore(earliestDuty) ? opened : earliestDuty;
      return null;
    }

    /** The other kinds are decisions of the cause's day. */
    @Override
    public Void statusChanged(ObligationChange.StatusChanged change) {
      return null;
    }

    @Override
    public Void waived(ObligationChange.Waived change) {
      return null;
    }

    @Override
    public Void disputed(ObligationChange.Disputed change) {
      return null;
    }

    @Override
    public Void disputeRuled(ObligationChange.DisputeRuled change) {
      return null;
    }
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
