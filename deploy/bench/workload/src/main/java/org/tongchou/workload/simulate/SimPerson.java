package org.tongchou.workload.simulate;

import java.time.LocalDate;

/**
 * A simulated migrant, as every one of their facts carries them.
 *
 * @param idNumber a valid 18-character ID number whose first six digits are {@code registration}
 * @param name a plausible full name
 * @param sex {@code M} or {@code F}, agreeing with the ID number
 * @param bornOn the birth date in the ID number
 * @param registration the county of household registration (户籍地)
 */
public record SimPerson(
    String idNumber, String name, String sex, LocalDate bornOn, String registration) {

  /** Is this a woman? */
  public boolean isWoman() {
    return "F".equals(sex);
  }
}
