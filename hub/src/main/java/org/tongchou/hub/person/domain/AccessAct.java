package org.tongchou.hub.person.domain;

import java.time.Instant;
import org.tongchou.hub.entitlement.domain.Relationship;

/** An owner's or an office's act on who may read a person (docs/ACCESS.md). */
public sealed interface AccessAct {

  /**
   * Dispatches on this act's kind. A new kind implements it, which adds a method to {@link
   * Visitor}, and every visitor then fails to compile until it handles the kind (Java 17 has no
   * exhaustive pattern {@code switch} over a sealed type without preview features).
   */
  <R> R accept(Visitor<R> visitor);

  /** One method per kind of act: the list of them the compiler checks. */
  interface Visitor<R> {

    R decideClaim(DecideClaim act);

    R contest(Contest act);

    R ruleOnContest(RuleOnContest act);

    R confirmArrival(ConfirmArrival act);

    R grant(Grant act);
  }

  /** Confirm or reject a registration claim. */
  record DecideClaim(String claimId, boolean confirm) implements AccessAct {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.decideClaim(this);
    }
  }

  /** Contest an arrival: {@code not-our-person} or {@code not-there}. */
  record Contest(String arrivalKey, String ground) implements AccessAct {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.contest(this);
    }
  }

  /** Rule on a contested arrival. */
  record RuleOnContest(String arrivalKey, boolean upheld) implements AccessAct {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.ruleOnContest(this);
    }
  }

  /** Confirm an arrival whose identity did not match. */
  record ConfirmArrival(String arrivalKey) implements AccessAct {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.confirmArrival(this);
    }
  }

  /** Time-limited access: emergency (an office) or shared (the owner). */
  record Grant(String region, Relationship kind, Instant until) implements AccessAct {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.grant(this);
    }
  }
}
