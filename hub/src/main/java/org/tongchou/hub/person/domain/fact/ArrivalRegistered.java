package org.tongchou.hub.person.domain.fact;

/**
 * The residence side registers the person's arrival in the fact's county, optionally from {@code
 * from}.
 */
public record ArrivalRegistered(String from) implements FactData {
  @Override
  public void check(Checks checks) {
    checks.region("from", from, false);
  }

  @Override
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isResidenceFact() {
    return true;
  }
}
