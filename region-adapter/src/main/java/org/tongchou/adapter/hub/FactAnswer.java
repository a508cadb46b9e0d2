package org.tongchou.adapter.hub;

import java.util.List;
import java.util.Optional;
import org.tongchou.adapter.facts.Refusal;

/**
 * What the hub answered for one pushed fact, as plain values.
 *
 * @param recordId the fact's record id
 * @param kind how it was handled
 * @param receipt the new receipt (ACCEPTED), the original one (DUPLICATE), or, for a refusal with
 *     ALREADY_EXISTS, the receipt of the different fact recorded under the same key; empty
 *     otherwise
 * @param refusals one per field violation when REFUSED (at least one), none otherwise
 */
public record FactAnswer(
    String recordId, Kind kind, Optional<HubReceipt> receipt, List<Refusal> refusals) {

  /** How the hub handled a fact. */
  public enum Kind {
    /** Recorded now. */
    ACCEPTED,
    /** Recorded before with the same content; the receipt is the original one. */
    DUPLICATE,
    /** Not recorded; see the refusals. */
    REFUSED,
    /** No answer: the push stopped first (see {@link PushResult#failure()}). Safe to push again. */
    NOT_ANSWERED
  }

  /** Copies the refusals. */
  public FactAnswer {
    refusals = List.copyOf(refusals);
  }
}
