package org.tongchou.hub.person.domain;

import java.time.Instant;

/**
 * The hub's proof that it recorded a fact; returned unchanged on every duplicate push. {@code
 * logPosition} is the event's place in the log (the feed's, the export's, the checkpoints'), {@code
 * position} the event table's global index, kept for v1 clients (docs/AUDIT.md). A receipt signed
 * before the log position was added has {@code logPosition} looked up, not signed. What {@code
 * Submit} answers is always signed, and a timeline or history shows a fact's receipt with that same
 * signature; {@code signature} is null for an event no region submitted, where a feed shows an
 * event's place, and for receipts from before receipts were signed.
 */
public record Receipt(
    String eventId,
    long position,
    Instant recordedAt,
    String hash,
    String previousHash,
    String personKey,
    String region,
    String recordId,
    long personSequence,
    ReceiptSignature signature,
    long logPosition) {

  /**
   * The receipt as a region that was not entitled to the person may see it (docs/ACCESS.md,
   * "Probe-proof Submit"): no person key, no place in the person's stream, no previous hash, so
   * that nothing in it tells whether the hub knew the person before.
   */
  public Receipt withoutChain() {
    return new Receipt(
        eventId,
        position,
        recordedAt,
        hash,
        null,
        null,
        region,
        recordId,
        0,
        signature,
        logPosition);
  }

  /** What is signed for a receipt without the person's chain: only what the reporter knows. */
  public record Chainless(
      String eventId,
      long position,
      Instant recordedAt,
      String hash,
      String region,
      String recordId,
      long logPosition) {}

  /** The receipt's signed body: itself, or without the person's chain. */
  public Object body(boolean chainShown) {
    return chainShown
        ? this
        : new Chainless(eventId, position, recordedAt, hash, region, recordId, logPosition);
  }

  /** The same receipt, signed. */
  public Receipt signed(ReceiptSignature with) {
    return new Receipt(
        eventId,
        position,
        recordedAt,
        hash,
        previousHash,
        personKey,
        region,
        recordId,
        personSequence,
        with,
        logPosition);
  }
}
