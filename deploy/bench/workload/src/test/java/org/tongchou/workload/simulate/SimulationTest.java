package org.tongchou.workload.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.adapter.facts.FactFile;
import org.tongchou.adapter.facts.FactFileReader;
import org.tongchou.hub.person.domain.IdNumber;
import org.tongchou.hub.region.domain.RegionDirectory;

/**
 * The generator's promises, checked on its output, with the hub's own ID-number parser and division
 * table as the independent judges.
 */
class SimulationTest {

  static final Simulation SIMULATION = SimulationFixtures.run(1, 400);
  static final RegionDirectory HUB_DIVISIONS = RegionDirectory.shipped();
  static final Set<String> RESIDENCE_SIDE =
      Set.of(
          "ArrivalRegistered",
          "AgreementSigned",
          "ServiceDelivered",
          "CertificateVerified",
          "VerificationRequested",
          "BirthRegistered",
          "ResidenceEnded");

  @TempDir Path dir;

  @Test
  void givenTheSameSeedWhenSimulatingTwiceThenEveryFileHasTheSameBytes() throws Exception {
    SimulationFiles.write(dir.resolve("a"), SimulationFixtures.run(42, 200));
    SimulationFiles.write(dir.resolve("b"), SimulationFixtures.run(42, 200));

    List<Path> files = SimulationFixtures.filesUnder(dir.resolve("a"));
    assertThat(files)
        .isEqualTo(SimulationFixtures.filesUnder(dir.resolve("b")))
        .contains(Path.of("ground-truth.json"));
    for (Path file : files) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(file)))
          .as(file.toString())
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(file)));
    }
  }

  @Test
  void givenAnotherSeedWhenSimulatingThenTheFactsDiffer() throws Exception {
    SimulationFiles.write(dir.resolve("a"), SimulationFixtures.run(42, 200));
    SimulationFiles.write(dir.resolve("b"), SimulationFixtures.run(43, 200));

    assertThat(Files.readString(dir.resolve("a/facts/440000.jsonl")))
        .isNotEqualTo(Files.readString(dir.resolve("b/facts/440000.jsonl")));
    assertThat(Files.readString(dir.resolve("a/ground-truth.json")))
        .isNotEqualTo(Files.readString(dir.resolve("b/ground-truth.json")));
  }

  @Test
  void whenTheFilesAreWrittenThenTheAdaptersOwnReaderMapsEveryLineOfEveryProvince()
      throws Exception {
    SimulationFiles.write(dir, SIMULATION);

    for (Map.Entry<String, List<SimFact>> file : SIMULATION.files().entrySet()) {
      FactFile read = new FactFileReader().read(dir.resolve("facts/" + file.getKey() + ".jsonl"));
      assertThat(read.refusals()).as(file.getKey()).isEmpty();
      assertThat(read.facts()).hasSameSizeAs(file.getValue());
    }
  }

  @Test
  void everyIdNumberIsValidAndAgreesWithTheSexBirthDateAndRegistrationCounty() {
    for (SimFact fact : SimulationFixtures.facts(SIMULATION)) {
      IdNumber.Parsed parsed = IdNumber.parse(fact.person().idNumber());
      assertThat(parsed.isValid()).as(fact.person().idNumber() + ": " + parsed.problem()).isTrue();
      assertThat(parsed.number().sex().name()).isEqualTo(fact.person().sex());
      assertThat(parsed.number().birthDate()).isEqualTo(fact.person().bornOn());
      assertThat(fact.person().idNumber()).startsWith(fact.person().registration());
    }
  }

  @Test
  void everyResidenceLiesInACountyOfAnotherCityThanTheRegistration() {
    for (SimFact fact : SimulationFixtures.facts(SIMULATION)) {
      assertThat(HUB_DIVISIONS.isCounty(fact.region())).as(fact.toString()).isTrue();
      assertThat(HUB_DIVISIONS.isCounty(fact.person().registration())).isTrue();
      if (RESIDENCE_SIDE.contains(fact.type())) {
        assertThat(HUB_DIVISIONS.isMigrant(fact.region(), fact.person().registration()))
            .as(fact.toString())
            .isTrue();
      } else {
        assertThat(fact.region()).as("registration side").isEqualTo(fact.person().registration());
      }
    }
  }

  @Test
  void womenAreOfChildbearingAgeOnArrivalAndMenAdults() {
    for (SimFact arrival : SimulationFixtures.facts(SIMULATION)) {
      if (arrival.is("ArrivalRegistered")) {
        int age = Period.between(arrival.person().bornOn(), arrival.occurredOn()).getYears();
        assertThat(age)
            .as(arrival.toString())
            .isBetween(arrival.person().isWoman() ? 20 : 18, arrival.person().isWoman() ? 45 : 60);
      }
    }
  }

  @Test
  void eachFileHoldsItsProvincesFactsSortedByDateThenRecordIdAndNoneAfterTheLastDay() {
    LocalDate last = LocalDate.of(2025, 12, 31);
    SIMULATION
        .files()
        .forEach(
            (province, lines) -> {
              assertThat(lines).isSortedAccordingTo(Simulation.LINE_ORDER);
              assertThat(lines)
                  .allSatisfy(
                      f -> {
                        assertThat(HUB_DIVISIONS.provinceOf(f.region())).isEqualTo(province);
                        assertThat(f.occurredOn()).isBeforeOrEqualTo(last);
                      });
            });
    List<String> ids =
        SimulationFixtures.facts(SIMULATION).stream().map(SimFact::recordId).toList();
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.length() <= 64);
  }

  @Test
  void aRivalClaimComesFromALaterProvinceAndItsPersonNeverReturns() {
    Map<String, List<SimFact>> arrivals =
        SimulationFixtures.facts(SIMULATION).stream()
            .filter(f -> f.is("ArrivalRegistered"))
            .collect(
                Collectors.groupingBy(
                    f -> f.person().idNumber(), TreeMap::new, Collectors.toList()));
    Set<String> returned =
        SimulationFixtures.facts(SIMULATION).stream()
            .filter(f -> f.is("ResidenceEnded"))
            .map(f -> f.person().idNumber())
            .collect(Collectors.toSet());
    List<List<SimFact>> conflicts = arrivals.values().stream().filter(a -> a.size() > 1).toList();

    assertThat(conflicts)
        .isNotEmpty()
        .allSatisfy(
            pair -> {
              pair.sort(Simulation.LINE_ORDER);
              assertThat(pair).hasSize(2);
              assertThat(HUB_DIVISIONS.provinceOf(pair.get(1).region()))
                  .isGreaterThan(HUB_DIVISIONS.provinceOf(pair.get(0).region()));
              assertThat(pair.get(1).occurredOn()).isAfter(pair.get(0).occurredOn());
              assertThat(returned).doesNotContain(pair.get(0).person().idNumber());
            });
    assertThat(returned).isNotEmpty();
  }

  @Test
  void noServiceOrOtherResidenceFactFollowsAReturnHome() {
    List<SimFact> all = SimulationFixtures.facts(SIMULATION);
    for (SimFact end : all) {
      if (end.is("ResidenceEnded")) {
        assertThat(all)
            .filteredOn(
                f ->
                    f.person().equals(end.person())
                        && f.region().equals(end.region())
                        && !f.is("ResidenceEnded"))
            .allSatisfy(f -> assertThat(f.occurredOn()).isBefore(end.occurredOn()));
      }
    }
  }
}
