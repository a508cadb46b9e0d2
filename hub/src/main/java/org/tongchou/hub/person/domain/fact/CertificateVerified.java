package org.tongchou.hub.person.domain.fact;

import java.util.Set;

/** The residence side checked the person's certificate on arrival. */
public record CertificateVerified(String certificateNumber, String result) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.certificateVerified(this);
  }

  public static final Set<String> RESULTS = Set.of("valid", "invalid", "missing");

  @Override
  public void check(Checks checks) {
    checks.maxLength("certificateNumber", certificateNumber, 64);
    checks.oneOf("result", result, RESULTS);
  }
}
