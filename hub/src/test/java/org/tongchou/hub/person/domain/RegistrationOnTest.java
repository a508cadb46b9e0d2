package org.tongchou.hub.person.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;

/**
 * The household registration on a day is the one given by the fact of the latest date not after it
 * (the later record on a tie), else the earliest given (the first record of that date).
 */
class RegistrationOnTest {

  static final String[] REGIONS = {"410102", "410103", "320211", "340102"};

  record Given(LocalDate on, String region) {}

  static FactRecorded fact(long sequence, LocalDate on, String registration) {
    return new FactRecorded(
        "pkey",
        sequence,
        "r-" + sequence,
        "320211",
        "320200",
        on,
        registration,
        new ServiceDelivered("health_education"),
        Instant.parse("2026-03-02T08:00:00Z"),
        "p",
        "h",
        null,
        null,
        null);
  }

  /** The rule, read off the list of what each fact gave. */
  static String byTheRule(List<Given> given, LocalDate day) {
    Given best = null;
    Given earliest = null;
    for (Given g : given) {
      if (earliest == null || g.on().isBefore(earliest.on())) {
        earliest = g;
      }
      if (!g.on().isAfter(day) && (best == null || !g.on().isBefore(best.on()))) {
        best = g;
      }
    }
    return best != null ? best.region() : earliest == null ? null : earliest.region();
  }

  @Test
  void onEveryDayTheRegistrationIsTheOneTheRuleGivesHoweverTheFactsWereOrdered() {
    Random random = new Random(42);
    for (int person = 0; person < 50; person++) {
      PersonState state = new PersonState();
      List<Given> given = new ArrayList<>();
      LocalDate start = LocalDate.of(2020, 1, 1);
      for (int i = 1; i <= 60; i++) {
        LocalDate on = start.plusDays(random.nextInt(40)); // many ties
        String region = random.nextInt(3) == 0 ? null : REGIONS[random.nextInt(REGIONS.length)];
        state.evolve(fact(i, on, region));
        if (region != null) {
          given.add(new Given(on, region));
        }
      }
      for (int d = -5; d < 50; d++) {
        LocalDate day = start.plusDays(d);
        assertThat(state.registrationOn(day))
            .as("person %d on %s", person, day)
            .isEqualTo(byTheRule(given, day));
      }
    }
  }

  @Test
  void aPersonWithNoRegistrationHasNone() {
    PersonState state = new PersonState().evolve(fact(1, LocalDate.of(2026, 3, 1), null));

    assertThat(state.registrationOn(LocalDate.of(2026, 3, 1))).isNull();
  }
}
