package org.tongchou.workload.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.proto.v1.Fact;

class BenchFactGeneratorTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
  private static final BenchSpec SPEC = new BenchSpec("run42", "320205", 1_000, 70, 7L, TODAY);

  private final List<List<MappedFact>> perPerson = new BenchFactGenerator(SPEC).generate();

  @Test
  void everyGeneratedIdNumberPassesAnIndependentMod112Check() {
    perPerson.stream()
        .flatMap(List::stream)
        .map(f -> f.fact().getPerson().getIdNumber())
        .forEach(
            id -> assertThat(checkCharacter(id.substring(0, 17))).as(id).isEqualTo(id.charAt(17)));
  }

  @Test
  void sexAgreesWithTheParityOfTheSequence() {
    perPerson.stream()
        .flatMap(List::stream)
        .map(f -> f.fact().getPerson())
        .forEach(
            p -> {
              int sequenceDigit = p.getIdNumber().charAt(16) - '0';
              assertThat(p.getSex())
                  .as(p.getIdNumber())
                  .isEqualTo(sequenceDigit % 2 == 1 ? "M" : "F");
            });
  }

  @Test
  void theRequestedNumbersOfFactsAndDistinctPersonsAreGenerated() {
    assertThat(perPerson).hasSize(70);
    assertThat(perPerson.stream().mapToInt(List::size).sum()).isEqualTo(1_000);
    assertThat(perPerson.stream().map(p -> p.get(0).fact().getPerson().getIdNumber()).distinct())
        .hasSize(70);
  }

  @Test
  void eachPersonArrivesInTheBenchCountyFirstAndLaterFactsFollowBeforeToday() {
    for (List<MappedFact> facts : perPerson) {
      Fact arrival = facts.get(0).fact();
      assertThat(arrival.getDataCase()).isEqualTo(Fact.DataCase.ARRIVAL_REGISTERED);
      assertThat(arrival.getRegion()).isEqualTo("320205");
      assertThat(arrival.getPerson().getName()).isNotBlank();
      assertThat(arrival.getPerson().getRegistrationRegion())
          .isEqualTo(arrival.getPerson().getIdNumber().substring(0, 6));
      LocalDate arrived = LocalDate.parse(arrival.getOccurredOn());
      for (MappedFact later : facts.subList(1, facts.size())) {
        assertThat(later.fact().getDataCase())
            .isIn(Fact.DataCase.SERVICE_DELIVERED, Fact.DataCase.AGREEMENT_SIGNED);
        assertThat(LocalDate.parse(later.fact().getOccurredOn())).isAfter(arrived).isBefore(TODAY);
      }
    }
  }

  @Test
  void recordIdsAreUniqueAndCarryTheRunId() {
    Set<String> ids = new HashSet<>();
    perPerson.stream()
        .flatMap(List::stream)
        .forEach(
            f -> {
              assertThat(f.fact().getRecordId())
                  .startsWith("bench-run42-")
                  .hasSizeLessThanOrEqualTo(64);
              assertThat(ids.add(f.fact().getRecordId())).as(f.fact().getRecordId()).isTrue();
            });
  }

  /**
   * ISO 7064 MOD 11-2 written from its definition, not from the weights table the generator uses:
   * digit i (1-based from the left of 18) weighs 2^(18-i) mod 11, and the check value c makes the
   * weighted sum including c congruent to 1 mod 11; c = 10 is written X.
   */
  private static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      int weight =
          java.math.BigInteger.TWO
              .modPow(java.math.BigInteger.valueOf(17 - i), java.math.BigInteger.valueOf(11))
              .intValue();
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = Math.floorMod(12 - sum % 11, 11);
    return check == 10 ? 'X' : (char) ('0' + check);
  }
}
