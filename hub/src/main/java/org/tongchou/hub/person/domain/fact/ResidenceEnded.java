package org.tongchou.hub.person.domain.fact;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Set;

/** The residence side reports that the person's residence in the fact's county ended. */
public record ResidenceEnded(String reason) implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.residenceEnded(this);
  }

  public static final Set<String> REASONS =
      Set.of("moved_on", "returned_home", "deceased", "unknown");

  @Override
  public void check(Checks checks) {
    checks.oneOf("reason", reason, REASONS);
  }

  @Override
  @JsonIgnore
  public boolean isResidenceFact() {
    return true;
  }
}
