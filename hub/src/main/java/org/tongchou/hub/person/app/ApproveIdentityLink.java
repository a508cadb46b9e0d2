package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** One owner's approval of a link waiting, recorded in the alias's stream. */
public record ApproveIdentityLink(
    @TargetAggregateIdentifier String personKey, String linkId, String by, Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
