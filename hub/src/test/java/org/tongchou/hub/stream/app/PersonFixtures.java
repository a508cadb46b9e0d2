package org.tongchou.hub.stream.app;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.tongchou.hub.erasure.app.PersonalTexts;
import org.tongchou.hub.obligation.domain.ObligationsChanged;
import org.tongchou.hub.policy.app.PolicyCatalog;
import org.tongchou.hub.policy.app.ShippedPolicies;
import org.tongchou.hub.region.domain.RegionDirectory;
import org.tongchou.hub.testing.DomainFacts;
import org.tongchou.hub.testing.InMemoryDataKeys;

/** The person aggregate's test fixture, with the resources its handlers take. */
final class PersonFixtures {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final PolicyCatalog POLICIES = new PolicyCatalog(ShippedPolicies.book());

  private PersonFixtures() {}

  static AggregateTestFixture<PersonAggregate> fixture() {
    AggregateTestFixture<PersonAggregate> fixture =
        new AggregateTestFixture<>(PersonAggregate.class);
    fixture.registerInjectableResource(deciding(Clock.fixed(DomainFacts.NOW, ZoneOffset.UTC)));
    return fixture;
  }

  /**
   * A fixture whose clock is the fixture's own simulated time, so that a deadline handler sees the
   * day its deadline fires on when the test advances time.
   */
  static AggregateTestFixture<PersonAggregate> fixtureOnSimulatedTime() {
    AggregateTestFixture<PersonAggregate> fixture =
        new AggregateTestFixture<>(PersonAggregate.class);
    fixture.registerInjectableResource(
        deciding(
            new Clock() {
              @Override
              public java.time.Instant instant() {
                return fixture.currentTime();
              }

              @Override
              public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
              }

              @Override
              public Clock withZone(java.time.ZoneId zone) {
                return Clock.fixed(instant(), zone);
              }
            }));
    return fixture;
  }

  /** The decider's resources: shipped policies and divisions, keys held in memory, a clock. */
  static PersonDeciding deciding(Clock clock) {
    return new PersonDeciding(
        POLICIES,
        REGIONS,
        new org.tongchou.hub.person.domain.PersonAccess(REGIONS),
        texts(),
        clock);
  }

  /** Personal texts sealed with keys held in memory. */
  static PersonalTexts texts() {
    return new PersonalTexts(new InMemoryDataKeys(), Clock.fixed(DomainFacts.NOW, ZoneOffset.UTC));
  }

  /** Matches the events that are not obligation events (those a fact's decision itself made). */
  static <M extends org.axonframework.messaging.Message<?>>
      Matcher<List<EventMessage<?>>> leavingOutObligations(Matcher<List<M>> inner) {
    return new TypeSafeMatcher<>() {
      @Override
      protected boolean matchesSafely(List<EventMessage<?>> events) {
        return inner.matches(
            events.stream()
                .filter(
                    e ->
                        !(e.getPayload() instanceof ObligationsChanged)
                            && !(e.getPayload()
                                instanceof org.tongchou.hub.person.domain.EntitlementsChanged))
                .toList());
      }

      @Override
      public void describeTo(Description description) {
        description
            .appendText("leaving out obligation and entitlement events, ")
            .appendDescriptionOf(inner);
      }
    };
  }
}
