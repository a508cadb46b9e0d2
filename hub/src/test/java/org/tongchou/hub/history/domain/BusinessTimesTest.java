package org.tongchou.hub.history.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.PersonEvent;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.FactData;
import org.tongchou.hub.person.domain.fact.RecordCorrected;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.policy.domain.Side;

/**
 * The business axis of a person's stream: facts, corrections, the hub's decisions, reassignments.
 */
class BusinessTimesTest {

  static final String BINHU = "320211";
  static final Instant MARCH_10 = Instant.parse("2026-03-10T02:00:00Z");
  static final Instant JUNE_01 = Instant.parse("2026-06-01T02:00:00Z");

  static FactRecorded fact(
      long sequence, String recordId, String occurredOn, FactData data, Instant at) {
    return new FactRecorded(
        "k",
        sequence,
        recordId,
        BINHU,
        "320200",
        LocalDate.parse(occurredOn),
        null,
        data,
        at,
        null,
        null,
        null,
        null,
        null);
  }

  static ObligationsChanged changed(
      long sequence, String cause, Instant at, ObligationChange... changes) {
    return new ObligationsChanged("k", sequence, List.of(changes), cause, at, null, null);
  }

  static ObligationChange.Opened opened(String id, String opensOn) {
    return new ObligationChange.Opened(
        id,
        "certificate-verification",
        "s",
        Side.INFLOW,
        "320211",
        "410102",
        LocalDate.parse(opensOn),
        LocalDate.parse(opensOn).plusDays(30),
        "national-2009.1",
        BINHU + "/a-1",
        null,
        ObligationStatus.OPEN,
        null,
        null);
  }

  @Test
  void aFactIsAboutItsOccurredOnAndLateByTheDaysUntilItWasRecorded() {
    BusinessTime time =
        BusinessTimes.of(
                List.of(fact(1, "a-1", "2026-03-01", new ArrivalRegistered(null), MARCH_10)))
            .get(0);

    assertThat(time.kind()).isEqualTo(RecordKind.FACT);
    assertThat(time.occurredOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(time.lateByDays()).isEqualTo(9);
  }

  @Test
  void aCorrectionIsALaterRecordAboutTheCorrectedRecordsDayAndItsReplacementsDay() {
    List<PersonEvent> stream =
        List.of(
            fact(1, "a-1", "2026-03-01", new ArrivalRegistered(null), MARCH_10),
            fact(
                2,
                "c-1",
                "2026-06-01",
                new RecordCorrected(
                    "a-1",
                    "wrong date",
                    new ReportedFact(
                        null,
                        BINHU,
                        LocalDate.parse("2026-02-20"),
                        null,
                        new ArrivalRegistered(null),
                        null)),
                JUNE_01));

    BusinessTime correction = BusinessTimes.of(stream).get(1);

    assertThat(correction.kind()).isEqualTo(RecordKind.CORRECTION);
    assertThat(correction.refersTo()).containsExactly(BINHU + "/a-1");
    assertThat(correction.occurredOn()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(correction.earlierOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(correction.lateByDays()).isEqualTo(101);
    assertThat(correction.isAbout(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(correction.isAbout(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 30))).isFalse();
  }

  @Test
  void obligationChangesAreAboutTheDayOfTheirCause() {
    List<PersonEvent> stream =
        List.of(
            fact(1, "a-1", "2026-03-01", new ArrivalRegistered(null), MARCH_10),
            changed(2, BINHU + "/a-1", MARCH_10, opened("o-1", "2026-03-01")),
            changed(
                3,
                "deadline:2026-04-01",
                JUNE_01,
                new ObligationChange.StatusChanged(
                    "o-1", "320211", "410102", ObligationStatus.OVERDUE, null, null)));

    List<BusinessTime> times = BusinessTimes.of(stream);

    assertThat(times.get(1).kind()).isEqualTo(RecordKind.DECISION);
    assertThat(times.get(1).occurredOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(times.get(2).occurredOn()).isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void aReassignmentIsALaterRecordAboutTheDayTheDutyOpened() {
    List<PersonEvent> stream =
        List.of(
            changed(1, BINHU + "/a-1", MARCH_10, opened("o-1", "2026-03-01")),
            changed(
                2,
                "office:320000",
                JUNE_01,
                new ObligationChange.Reassigned(
                    "o-1", "320211", "410102", "o-2", "320508", "410102"),
                opened("o-2", "2026-06-01")));

    BusinessTime reassignment = BusinessTimes.of(stream).get(1);

    assertThat(reassignment.kind()).isEqualTo(RecordKind.REASSIGNMENT);
    assertThat(reassignment.refersTo()).containsExactly("o-1");
    assertThat(reassignment.occurredOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    assertThat(reassignment.lateByDays()).isEqualTo(92);
  }
}
