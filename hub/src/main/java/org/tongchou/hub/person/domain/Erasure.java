package org.tongchou.hub.person.domain;

/**
 * The event that erases a person: once it is folded into their state, the hub records nothing more
 * about them. Owned here so that a person's state knows it without knowing the erasure feature,
 * whose {@code PersonErased} is the one kind.
 */
public interface Erasure extends PersonEvent {

  /** The office that erased: its division code, or {@code national}. */
  String erasedBy();

  /** The office's reference for the request (its legal basis, a case number), naming nobody. */
  String reason();
}
