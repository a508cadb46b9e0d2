package org.tongchou.hub.stream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.obligation.domain.ObligationChange;
import org.tongchou.hub.obligation.domain.ObligationStatus;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.WakeUp;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.ArrivalRegistered;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.testing.DomainFacts;

/**
 * The aggregate schedules each day on which time alone changes a duty as a deadline, and reconciles
 * on the day the deadline fires; time is the fixture's, simulated.
 */
class PersonDeadlinesTest {

  static final String HANGZHOU_SHANGCHENG = "330102";

  AggregateTestFixture<PersonAggregate> fixture;
  LocalDate arrived;

  @BeforeEach
  void setUp() {
    fixture = PersonFixtures.fixtureOnSimulatedTime();
    arrived = BusinessDates.dateOf(fixture.currentTime()).minusDays(1);
  }

  /**
   * The woman's arrival in Hangzhou yesterday, recorded now (no province override applies there).
   */
  RecordPersonFact arrival() {
    ReportedFact fact =
        new ReportedFact(
            "a-1",
            HANGZHOU_SHANGCHENG,
            arrived,
            DomainFacts.person(),
            new ArrivalRegistered("410102"),
            List.of());
    return new RecordPersonFact(
        DomainFacts.KEY,
        new RecordFact(
            DomainFacts.KEY,
            new ValidatedFact(fact, IdNumber.parse(DomainFacts.ID).number(), null),
            "330100",
            fixture.currentTime(),
            null));
  }

  static Instant startOf(LocalDate day) {
    return BusinessDates.startOf(day);
  }

  @Test
  void anArrivalSchedulesAWakeUpAtMidnightInChinaOnTheDayItsCertificateBecomesOverdue() {
    LocalDate overdueOn = arrived.plusDays(31);

    fixture
        .givenNoPriorActivity()
        .when(arrival())
        .expectScheduledDeadline(startOf(overdueOn), new WakeUp(overdueOn))
        .expectScheduledDeadline(startOf(arrived.plusDays(25)), new WakeUp(arrived.plusDays(25)));
  }

  @Test
  void whenTimeReachesTheDayAfterTheDueDateTheUnverifiedCertificateIsOverdue() {
    LocalDate overdueOn = arrived.plusDays(31);

    fixture
        .givenCommands(arrival())
        .whenTimeAdvancesTo(startOf(overdueOn).plusSeconds(1))
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.listWithAnyOf(
                    Matchers.predicate(
                        e ->
                            e instanceof ObligationsChanged c
                                && c.cause().equals("deadline:" + overdueOn)
                                && c.changes().stream()
                                    .anyMatch(
                                        change ->
                                            change instanceof ObligationChange.StatusChanged s
                                                && s.obligationId()
                                                    .startsWith("certificate-verification/")
                                                && s.status() == ObligationStatus.OVERDUE)))))
        .expectState(
            person ->
                assertThat(person.obligations().currents())
                    .filteredOn(o -> o.kind().equals("certificate-issuance"))
                    .singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(ObligationStatus.OVERDUE)));
  }
}
