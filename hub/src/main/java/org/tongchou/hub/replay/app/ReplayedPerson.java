package org.tongchou.hub.replay.app;

import org.tongchou.hub.person.domain.PersonState;

/** Told of each person a replay has folded, once their last event read has been folded. */
@FunctionalInterface
interface ReplayedPerson {

  ReplayedPerson NONE = (personKey, state, events, lastPosition) -> {};

  /**
   * @param state the person as the events the replay took leave them
   * @param events how many of the person's events the replay took
   * @param lastPosition the log position of the last of them
   */
  void folded(String personKey, PersonState state, int events, long lastPosition);
}
