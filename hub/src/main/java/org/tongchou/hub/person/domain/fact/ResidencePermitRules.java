package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;

/** The field rules the three residence-permit facts share. */
final class ResidencePermitRules {

  private ResidencePermitRules() {}

  static void check(
      Checks checks, String permitNumber, LocalDate validUntil, boolean validUntilRequired) {
    checks.required("permitNumber", permitNumber);
    checks.maxLength("permitNumber", permitNumber, 64);
    if (validUntilRequired) {
      checks.presentDate("validUntil", validUntil);
    }
  }
}
