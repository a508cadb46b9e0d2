package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A link declined before confirmation (sent to the alias) or split after it (sent to both): {@code
 * outcome} is {@code declined} or {@code split}.
 */
public record EndIdentityLink(
    @TargetAggregateIdentifier String personKey,
    String linkId,
    String aliasKey,
    String primaryKey,
    String outcome,
    String by,
    String reason,
    Instant recordedAt)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
