package org.tongchou.hub.stream.domain;

import org.tongchou.hub.person.domain.fact.FactData;

/**
 * How the decider seals a person's personal texts with the person's key before they become part of
 * an event (and so of its hash). The hub's implementation keeps the keys in the database ({@code
 * erasure}'s {@code PersonalTexts}); domain tests may leave texts as they are.
 */
public interface Sealing {

  /** The text sealed with the person's key. */
  String seal(String personKey, String text);

  /** The fact's data with its personal texts sealed. */
  FactData seal(String personKey, FactData data);

  /** The keyed digest of a name the person's fact gives. */
  String digestName(String personKey, String name);
}
