package org.tongchou.hub.person.app;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An office re-evaluates some of a person's obligations (due in {@code period}) under {@code
 * policyVersion}.
 */
public record ReevaluateObligations(
    @TargetAggregateIdentifier String personKey,
    List<String> obligationIds,
    String period,
    String policyVersion,
    String office,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
