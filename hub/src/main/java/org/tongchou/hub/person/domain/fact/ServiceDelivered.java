package org.tongchou.hub.person.domain.fact;

import java.util.Set;

/** A basic public service was delivered by the residence side. */
public record ServiceDelivered(String service) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.serviceDelivered(this);
  }

  public static final Set<String> SERVICES =
      Set.of(
          "contraception",
          "reproductive_health_check",
          "prenatal_care",
          "child_health",
          "health_education");

  @Override
  public void check(Checks checks) {
    checks.oneOf("service", service, SERVICES);
  }
}
