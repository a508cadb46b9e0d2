package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An office's ruling on a dispute: upheld with the region responsible instead, or dismissed. {@code
 * jurisdiction} is the office's (null for the national office).
 */
public record RuleOnDispute(
    @TargetAggregateIdentifier String personKey,
    String obligationId,
    boolean upheld,
    String assignTo,
    String office,
    String jurisdiction,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
