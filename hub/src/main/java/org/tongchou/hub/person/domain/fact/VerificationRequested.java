package org.tongchou.hub.person.domain.fact;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Set;

/**
 * The residence side asks the registration side to verify something (协查). {@code pregnant}: the
 * woman is pregnant, so the answer is due sooner (FACTS.md and v1's old field call it {@code
 * urgent}; stored events keep that JSON name, so that their bytes and hashes do not change).
 */
public record VerificationRequested(String topic, @JsonProperty("urgent") boolean pregnant)
    implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.verificationRequested(this);
  }

  public static final Set<String> TOPICS =
      Set.of("marital_status", "childbearing", "certificate", "birth");

  @Override
  public void check(Checks checks) {
    checks.oneOf("topic", topic, TOPICS);
  }
}
