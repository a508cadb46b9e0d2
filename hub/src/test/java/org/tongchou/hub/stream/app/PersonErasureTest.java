package org.tongchou.hub.stream.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.erasure.domain.PersonErased;
import org.tongchou.hub.kernel.EventHashes;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.person.app.ErasePerson;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;

/** The erasure of a person as their aggregate records it, and what an erased person still takes. */
class PersonErasureTest {

  static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");

  AggregateTestFixture<PersonAggregate> fixture;

  @BeforeEach
  void setUp() {
    fixture = PersonFixtures.fixture();
  }

  static ErasePerson erase() {
    return new ErasePerson(
        org.tongchou.hub.testing.DomainFacts.KEY, "410000", "PIPL art. 47, case 17", AT);
  }

  @Test
  void anErasureIsTheNextSealedLinkOfTheChainAndNamesTheOfficeAndItsReason() {
    fixture
        .givenCommands(PersonAggregateTest.arrivalInWuxi())
        .when(erase())
        .expectEventsMatching(
            Matchers.payloadsMatching(
                Matchers.exactSequenceOf(
                    Matchers.predicate(
                        e ->
                            e instanceof PersonErased erased
                                && erased.erasedBy().equals("410000")
                                && erased.reason().equals("PIPL art. 47, case 17")
                                && erased.hash().equals(EventHashes.expectedHash(erased))),
                    Matchers.andNoMore())));
  }

  @Test
  void aFactAboutAnErasedPersonIsRefusedAsPersonErased() {
    Refusal refusal =
        refusal(
            fixture
                .givenCommands(PersonAggregateTest.arrivalInWuxi(), erase())
                .when(
                    PersonAggregateTest.record(
                        "s-1",
                        PersonAggregateTest.BINHU,
                        "2026-04-01",
                        new ServiceDelivered("health_education"),
                        PersonAggregateTest.WUXI)));

    assertThat(refusal.kind()).isEqualTo(Refusal.Kind.FAILED_PRECONDITION);
    assertThat(refusal.reason()).isEqualTo("PERSON_ERASED");
    assertThat(refusal.message()).contains("410000");
  }

  @Test
  void aSecondErasureIsRefused() {
    assertThat(
            refusal(
                    fixture
                        .givenCommands(PersonAggregateTest.arrivalInWuxi(), erase())
                        .when(erase()))
                .reason())
        .isEqualTo("PERSON_ERASED");
  }

  static Refusal refusal(org.axonframework.test.aggregate.ResultValidator<PersonAggregate> result) {
    Refusal[] refusal = new Refusal[1];
    result
        .expectNoEvents()
        .expectResultMessagePayloadMatching(
            Matchers.predicate(
                p -> {
                  refusal[0] = ((Decision.Refused) p).refusal();
                  return true;
                }));
    return refusal[0];
  }
}
