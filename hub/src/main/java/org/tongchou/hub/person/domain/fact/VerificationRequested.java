package org.tongchou.hub.person.domain.fact;

import java.util.Set;

/** The residence side asks the registration side to verify something (协查). */
public record VerificationRequested(String topic, boolean urgent) implements FactData {

  public static final Set<String> TOPICS =
      Set.of("marital_status", "childbearing", "certificate", "birth");

  @Override
  public void check(Checks checks) {
    checks.oneOf("topic", topic, TOPICS);
  }
}
