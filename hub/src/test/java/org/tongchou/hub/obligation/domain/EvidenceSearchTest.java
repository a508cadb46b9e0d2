package org.tongchou.hub.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.person.domain.KnownFact;
import org.tongchou.hub.person.domain.fact.ServiceDelivered;
import org.tongchou.hub.policy.domain.Evidence;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The evidence for a duty is the qualifying fact with the earliest date that counts, the one first
 * recorded on a tie, however many facts the person has and in whatever order they were reported.
 */
class EvidenceSearchTest {

  static final RegionDirectory REGIONS = RegionDirectory.shipped();
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final String[] REPORTERS = {"320211", "320200", "320508", "410102"};

  /**
   * Services reported out of date order, several on some days, by regions in and out of Wuxi's
   * line.
   */
  static List<KnownFact> services(Random random, int count) {
    List<KnownFact> facts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate on = START.plusDays(random.nextInt(800));
      String region = REPORTERS[random.nextInt(REPORTERS.length)];
      Instant recorded = BusinessDates.startOf(on.plusDays(random.nextInt(90))).plusSeconds(i);
      facts.add(
          new KnownFact(
              region + "/s-" + i,
              "s-" + i,
              region,
              region,
              on,
              new ServiceDelivered(i % 3 == 0 ? "contraception" : "health_education"),
              region,
              recorded,
              i + 2));
    }
    return facts;
  }

  /**
   * What the search must find: every fact checked, the earliest by date that counts, then by stream
   * place.
   */
  static Optional<KnownFact> byScanningAll(
      List<KnownFact> facts, Evidence evidence, EvidenceSearch.Scope scope) {
    return facts.stream()
        .filter(
            f ->
                evidence.source() == Evidence.Source.ANY
                    || REGIONS.sameLine(f.region(), scope.responsible()))
        .filter(f -> scope.from() == null || !f.occurredOn().isBefore(scope.from()))
        .filter(f -> scope.until() == null || !f.occurredOn().isAfter(scope.until()))
        .filter(
            f ->
                evidence.where() == null
                    || evidence
                        .where()
                        .get("service")
                        .contains(((ServiceDelivered) f.data()).service()))
        .min(
            Comparator.comparing(
                    (KnownFact f) ->
                        evidence.timing() == Evidence.Timing.RECORDED
                            ? BusinessDates.dateOf(f.recordedAt())
                            : f.occurredOn())
                .thenComparing(KnownFact::personSequence));
  }

  @Test
  void everyWindowFindsTheFactAScanOfAllTheFactsFinds() {
    Random random = new Random(20261201);
    List<KnownFact> facts = services(random, 300);
    EvidenceSearch search = new EvidenceSearch(Map.of("ServiceDelivered", facts), REGIONS);
    List<Evidence> evidences =
        List.of(
            new Evidence(
                "ServiceDelivered",
                null,
                null,
                Evidence.Window.PERIOD,
                null,
                null,
                null,
                null,
                null),
            new Evidence(
                "ServiceDelivered",
                null,
                Evidence.Source.ANY,
                null,
                null,
                null,
                null,
                null,
                Evidence.Timing.RECORDED),
            new Evidence(
                "ServiceDelivered",
                null,
                null,
                null,
                Map.of("service", List.of("contraception")),
                null,
                null,
                null,
                null));
    int found = 0;
    for (int i = 0; i < 2_000; i++) {
      LocalDate from = random.nextInt(5) == 0 ? null : START.plusDays(random.nextInt(900) - 50);
      LocalDate until =
          random.nextInt(5) == 0
              ? null
              : (from == null ? START : from).plusDays(random.nextInt(120) - 10);
      EvidenceSearch.Scope scope =
          new EvidenceSearch.Scope(null, random.nextBoolean() ? "320200" : "320500", from, until);
      Evidence evidence = evidences.get(i % evidences.size());

      Optional<KnownFact> expected = byScanningAll(facts, evidence, scope);

      assertThat(search.find(evidence, scope).map(EvidenceSearch.Found::fact)).isEqualTo(expected);
      found += expected.isPresent() ? 1 : 0;
    }
    assertThat(found).as("windows that hold evidence").isGreaterThan(500);
  }
}
