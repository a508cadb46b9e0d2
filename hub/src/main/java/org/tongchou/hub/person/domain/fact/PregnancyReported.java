package org.tongchou.hub.person.domain.fact;

import java.time.LocalDate;

/** A pregnancy was reported, optionally with the expected date of birth. */
public record PregnancyReported(LocalDate expectedOn) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.pregnancyReported(this);
  }

  @Override
  public void check(Checks checks) {
    // expectedOn is optional and naturally in the future
  }
}
