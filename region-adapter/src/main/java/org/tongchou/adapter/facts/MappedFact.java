package org.tongchou.adapter.facts;

import org.tongchou.proto.v1.Fact;

/**
 * A fact ready to be pushed, with the line it came from so that the hub's outcome can be reported
 * against the line the operator has to fix.
 *
 * @param line the 1-based line number in the file
 * @param fact the mapped wire fact
 */
public record MappedFact(int line, Fact fact) {

  /** The fact's record id. */
  public String recordId() {
    return fact.getRecordId();
  }
}
