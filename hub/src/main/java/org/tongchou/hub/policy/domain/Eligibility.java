package org.tongchou.hub.policy.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who a rule applies to, judged on the opening date: a sex (null: both) and an age range in
 * completed years, both ends included.
 */
public record Eligibility(String sex, Integer minAge, Integer maxAge) {

  public boolean admits(String personSex, LocalDate bornOn, LocalDate on) {
    if (sex != null && !sex.equals(personSex)) {
      return false;
    }
    if (bornOn == null) {
      return minAge == null && maxAge == null;
    }
    int age = Period.between(bornOn, on).getYears();
    return (minAge == null || age >= minAge) && (maxAge == null || age <= maxAge);
  }
}
