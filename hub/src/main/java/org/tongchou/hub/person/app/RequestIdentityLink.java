package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A region asks to link the person {@code aliasKey} into {@code primaryKey}; sent to the alias.
 * {@code primaryIsAlias}: the primary is itself linked into another person (such a request is
 * refused).
 */
public record RequestIdentityLink(
    @TargetAggregateIdentifier String aliasKey,
    String primaryKey,
    boolean primaryIsAlias,
    String requestedBy,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
