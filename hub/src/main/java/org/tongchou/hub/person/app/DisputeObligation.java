package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A region disputes that one of a person's obligations is its own. */
public record DisputeObligation(
    @TargetAggregateIdentifier String personKey,
    String obligationId,
    String jurisdiction,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
