package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A coordination office's waiver of one of a person's obligations. */
public record WaiveObligation(
    @TargetAggregateIdentifier String personKey,
    String obligationId,
    String office,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
