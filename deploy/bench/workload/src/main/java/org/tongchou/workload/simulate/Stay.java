package org.tongchou.workload.simulate;

import java.time.LocalDate;

/**
 * A person's residence as drawn: in {@code residence}, a county of {@code destination}, from {@code
 * arrival}.
 */
record Stay(SimPerson person, String destination, String residence, LocalDate arrival) {

  String registration() {
    return person.registration();
  }
}
