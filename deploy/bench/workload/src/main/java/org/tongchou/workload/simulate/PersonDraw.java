package org.tongchou.workload.simulate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.tongchou.workload.bench.IdNumbers;
import org.tongchou.workload.bench.PersonNames;

/**
 * Draws distinct persons: women aged 20 to 45 on arrival (every one of childbearing age, so that
 * each opens the certificate duties), men 18 to 60.
 */
final class PersonDraw {

  private final Draws draws;
  private final Set<String> idNumbers = new HashSet<>(); // membership only: never iterated

  PersonDraw(Draws draws) {
    this.draws = draws;
  }

  SimPerson draw(String registration, boolean woman, LocalDate arrival) {
    int youngest = woman ? 20 : 18;
    int oldest = woman ? 45 : 60;
    // Born after arrival minus (oldest + 1) years and no later than arrival minus youngest years:
    // the completed age on arrival is then youngest..oldest.
    LocalDate earliest = arrival.minusYears(oldest + 1L).plusDays(1);
    LocalDate latest = arrival.minusYears(youngest);
    while (true) {
      LocalDate bornOn = draws.dayIn(earliest, latest);
      int sequence = 2 * draws.between(0, 499) + (woman ? 0 : 1); // even for women, odd for men
      String idNumber = IdNumbers.of(registration, bornOn, sequence);
      if (idNumbers.add(idNumber)) {
        return new SimPerson(
            idNumber, PersonNames.draw(draws.random()), woman ? "F" : "M", bornOn, registration);
      }
    }
  }
}
