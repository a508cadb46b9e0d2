package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An office erases a person: recorded in their stream, then their data key is shredded. */
public record ErasePerson(
    @TargetAggregateIdentifier String personKey, String office, String reason, Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
