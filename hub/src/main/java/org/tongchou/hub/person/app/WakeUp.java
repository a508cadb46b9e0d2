package org.tongchou.hub.person.app;

import java.time.LocalDate;

/**
 * The payload of a person's durable deadline: on {@code on} time alone changes something (a duty
 * falls due soon, becomes overdue, or a residence reaches a coverage threshold). The person's
 * obligations are then reconciled with that day; a wake-up that finds nothing to do does nothing.
 */
public record WakeUp(LocalDate on) implements PersonCommand {

  @Override
  public <R> R accept(PersonCommand.Visitor<R> visitor) {
    return visitor.visit(this);
  }

  /** The deadline name under which every wake-up is scheduled. */
  public static final String DEADLINE = "obligations";
}
