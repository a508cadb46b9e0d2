package org.tongchou.adapter.facts;

import java.util.List;

/**
 * The result of reading a fact file: what can be sent, and what was refused locally.
 *
 * @param facts the mapped facts, in file order
 * @param refusals the lines that could not be mapped, in file order; never sent
 */
public record FactFile(List<MappedFact> facts, List<Refusal> refusals) {

  /** Copies both lists, so that a reader's buffers cannot change a returned file. */
  public FactFile {
    facts = List.copyOf(facts);
    refusals = List.copyOf(refusals);
  }
}
