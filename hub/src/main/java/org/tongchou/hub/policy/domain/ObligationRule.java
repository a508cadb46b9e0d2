package org.tongchou.hub.policy.domain;

import java.util.Map;

/**
 * One kind of duty, as data: what opens it, who is responsible and who is owed it, when it is due
 * (with shorter deadlines for urgent requests or by topic), what fulfils it, and how a failure is
 * shared between the two sides.
 */
public record ObligationRule(
    String kind,
    Boolean enabled,
    String description,
    Opening opensOn,
    Party responsible,
    Party owed,
    Deadline due,
    Deadline dueWhenUrgent,
    Map<String, Deadline> dueByTopic,
    Evidence metBy,
    FailureShare failureShare) {

  public boolean isEnabled() {
    return !Boolean.FALSE.equals(enabled);
  }

  public FailureShare share() {
    return failureShare == null ? FailureShare.ALL_ON_RESPONSIBLE : failureShare;
  }

  /** The deadline for a verification request of this topic and urgency; the plain one otherwise. */
  public Deadline dueFor(String topic, boolean urgent) {
    if (topic != null && dueByTopic != null && dueByTopic.containsKey(topic)) {
      return dueByTopic.get(topic);
    }
    return urgent && dueWhenUrgent != null ? dueWhenUrgent : due;
  }
}
