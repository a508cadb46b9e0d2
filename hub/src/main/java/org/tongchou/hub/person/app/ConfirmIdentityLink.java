package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A second party's confirmation, sent to each of the two persons ({@code personKey}) in one
 * transaction.
 */
public record ConfirmIdentityLink(
    @TargetAggregateIdentifier String personKey,
    String linkId,
    String aliasKey,
    String primaryKey,
    String requestedBy,
    String confirmedBy,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
