package org.tongchou.hub.person.app;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.tongchou.hub.person.domain.RecordFact;

/** The Axon command around the domain's {@link RecordFact}: routes it to the person's aggregate. */
public record RecordPersonFact(@TargetAggregateIdentifier String personKey, RecordFact fact)
    implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
