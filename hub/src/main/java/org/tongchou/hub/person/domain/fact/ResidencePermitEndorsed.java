package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;

/** A residence permit (居住证) was endorsed. */
public record ResidencePermitEndorsed(String permitNumber, LocalDate validUntil)
    implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.residencePermitEndorsed(this);
  }

  @Override
  public void check(Checks checks) {
    ResidencePermitRules.check(checks, permitNumber, validUntil, true);
  }
}
