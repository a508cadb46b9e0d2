package org.tongchou.hub.person.domain.fact;

/** The registration side reports that the person left, optionally for {@code to}. */
public record DepartureReported(String to) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.departureReported(this);
  }

  @Override
  public void check(Checks checks) {
    checks.region("to", to, false);
  }
}
