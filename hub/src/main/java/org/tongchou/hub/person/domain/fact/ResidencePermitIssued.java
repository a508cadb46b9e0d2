package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;

/** A residence permit (居住证) was issued. */
public record ResidencePermitIssued(String permitNumber, LocalDate validUntil) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.residencePermitIssued(this);
  }

  @Override
  public void check(Checks checks) {
    ResidencePermitRules.check(checks, permitNumber, validUntil, true);
  }
}
