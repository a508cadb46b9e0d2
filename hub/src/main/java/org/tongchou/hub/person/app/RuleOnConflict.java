package org.tongchou.hub.person.app;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A coordination office's ruling on one of a person's residence conflicts: the person lived in
 * {@code residenceRegion} on the contested days. {@code jurisdiction} is the office's (null for the
 * national office), which must hold both regions.
 */
public record RuleOnConflict(
    @TargetAggregateIdentifier String personKey,
    String conflictId,
    String residenceRegion,
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
