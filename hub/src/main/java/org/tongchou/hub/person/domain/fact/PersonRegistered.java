package org.tongchou.hub.person.domain.fact;

/** Introduces the person; carries nothing beyond the person. */
public record PersonRegistered() implements FactData {

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.personRegistered(this);
  }

  @Override
  public void check(Checks checks) {
    // nothing beyond the person, which the envelope checks
  }
}
