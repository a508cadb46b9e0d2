package org.tongchou.adapter.bench;

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
   * division table lacks would turn the bench into a refusal test. 1000 sequences times 7,670
   * birth dates leave room for millions of distinct persons.
   */
  private static final String[] REGISTRATION_REGIONS = {"410102"};
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂";
  private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1980, 1, 1);
  private static final int BIRTH_DAYS = (int) (LocalDate.of(2000, 12, 31).toEpochDay() - EARLIEST_BIRTH.toEpochDay());

  private BenchPersons() {}

  static List<BenchPerson> draw(int count, Random random) {
    List<BenchPerson> persons = new ArrayList<>(count);
    Set<String> seen = new HashSet<>();
    while (persons.size() < count) {
      String region = REGISTRATION_REGIONS[random.nextInt(REGISTRATION_REGIONS.length)];
      LocalDate bornOn = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS + 1));
      String id = IdNumbers.of(region, bornOn, random.nextInt(1000));
      if (seen.add(id)) {
        persons.add(new BenchPerson(id, name(random), IdNumbers.sexOf(id), region, bornOn));
      }
    }
    return persons;
  }

  private static String name(Random random) {
    StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
    int given = 1 + random.nextInt(2);
    for (int i = 0; i < given; i++) {
      name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
    }
    return name.toString();
  }
}
