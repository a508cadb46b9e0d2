package org.tongchou.hub.obligation.domain;

import org.tongchou.hub.person.domain.PersonEvent;

/**
 * A visitor of every kind of event a person's stream holds: {@link PersonEvent.Visitor}'s kinds and
 * the two this feature owns. Every feature above obligation that tells events apart implements this
 * one, so a new kind anywhere in the stream fails to compile there until it is handled. See {@link
 * PersonEvent.Visitor} for why this is a visitor in two steps.
 */
public interface PersonStreamVisitor<R> extends PersonEvent.Visitor<R> {

  R obligationsChanged(ObligationsChanged event);

  R reevaluationRecorded(ReevaluationRecorded event);

  /** Never called: {@link ObligationsChanged} and {@link ReevaluationRecorded} come by name. */
  @Override
  default R ofObligations(PersonEvent event) {
    throw new IllegalStateException(
        "an obligation event is visited by its own method: " + event.getClass().getName());
  }
}
