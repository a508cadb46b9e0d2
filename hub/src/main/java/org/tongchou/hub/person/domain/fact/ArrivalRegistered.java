package org.tongchou.hub.person.domain.fact;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The residence side registers the person's arrival in the fact's county, optionally from {@code
 * from}.
 */
public record ArrivalRegistered(String from) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.arrivalRegistered(this);
  }

  @Override
  public void check(Checks checks) {
    checks.region("from", from, false);
  }

  @Override
  @JsonIgnore
  public boolean isResidenceFact() {
    return true;
  }
}
