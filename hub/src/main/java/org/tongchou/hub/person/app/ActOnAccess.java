package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongchou.hub.access.domain.Caller;
import org.tongchou.hub.person.domain.AccessAct;

/** The Axon command around an act on who may read a person; {@code reason} is in plaintext. */
public record ActOnAccess(
    @TargetAggregateIdentifier String personKey,
    AccessAct act,
    Caller actor,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
