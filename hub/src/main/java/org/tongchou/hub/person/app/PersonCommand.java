package org.tongchou.hub.person.app;

/**
 * Everything that may be decided on a person's stream: the commands regions and offices send, and
 * the wake-up a durable deadline delivers. Java 17 cannot seal an interface across packages here,
 * so {@link Visitor} is what makes the family closed: a new command type adds a {@code visit}
 * method, and every visitor (the person decider first) fails to compile until it handles it.
 */
public interface PersonCommand {

  <R> R accept(Visitor<R> visitor);

  /** One method per command type; the compiler names every place a new one must be handled. */
  interface Visitor<R> {

    R visit(RecordPersonFact command);

    R visit(RuleOnConflict command);

    R visit(WaiveObligation command);

    R visit(DisputeObligation command);

    R visit(RuleOnDispute command);

    R visit(RequestIdentityLink command);

    R visit(ConfirmIdentityLink command);

    R visit(ApproveIdentityLink command);

    R visit(EndIdentityLink command);

    R visit(ActOnAccess command);

    R visit(ErasePerson command);

    R visit(ReevaluateObligations command);

    R visit(WakeUp command);
  }
}
