package org.tongchou.hub.person.domain;

import java.util.ArrayList;
import java.util.List;
import org.tongchou.hub.kernel.EventHashes;

/**
 * The events one decision adds to a person's stream, each sealed in turn: its place follows the
 * last, and its previous hash is the last one's hash.
 */
final class Chain {

  /** Makes an event at its place, given the hash of the event before it. */
  interface Link<E extends PersonEvent> {
    E make(long sequence, String previousHash);
  }

  private long sequence;
  private String previous;
  private final List<PersonEvent> events = new ArrayList<>();

  Chain(PersonState state) {
    this.sequence = state.sequence();
    this.previous = state.lastHash();
  }

  <E extends PersonEvent> E add(Link<E> link) {
    E event = EventHashes.seal(link.make(++sequence, previous));
    previous = event.hash();
    events.add(event);
    return event;
  }

  List<PersonEvent> events() {
    return events;
  }
}
