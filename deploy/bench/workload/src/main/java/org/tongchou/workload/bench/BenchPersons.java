package org.tongchou.workload.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Draws distinct synthetic persons, reproducibly for a given random source. */
final class BenchPersons {

  /**
   * One real county code (Zhengzhou, Zhongyuan district), the one FACTS.md uses: a code the hub's
   * division table lacks would turn the bench into a refusal test. 1000 sequences times 7,670 birth
   * dates leave room for millions of distinct persons.
   */
  private static final String[] REGISTRATION_REGIONS = {"410102"};

  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1980, 1, 1);
  private static final int BIRTH_DAYS =
      (int) (LocalDate.of(2000, 12, 31).toEpochDay() - EARLIEST_BIRTH.toEpochDay());

  private BenchPersons() {}

  static List<BenchPerson> draw(int count, Random random) {
    List<BenchPerson> persons = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    while (persons.size() < count) {
      String region = REGISTRATION_REGIONS[random.nextInt(REGISTRATION_REGIONS.length)];
      LocalDate bornOn = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
      String id = IdNumbers.of(region, bornOn, random.nextInt(1000));
      if (seen.add(id)) {
        persons.add(
            new BenchPerson(id, PersonNames.draw(random), IdNumbers.sexOf(id), region, bornOn));
      }
    }
    return persons;
  }
}
