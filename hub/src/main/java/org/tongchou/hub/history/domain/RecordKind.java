package org.tongchou.hub.history.domain;

/** What a record in a person's history is, on the two time axes. */
public enum RecordKind {
  /** A region's fact about what happened on its business day. */
  FACT,
  /** A region's correction: a later record about an earlier record (and its business day). */
  CORRECTION,
  /**
   * Obligations handed to other regions or terms: a later record about duties that arose earlier.
   */
  REASSIGNMENT,
  /** What the hub or an office decided (obligations opened or settled, conflicts, links). */
  DECISION
}
