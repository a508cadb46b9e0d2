package org.tongchou.hub.person.domain;

import java.time.Instant;

/**
 * The hub's proof that it recorded a fact; returned unchanged on every duplicate push. What {@code
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
    ReceiptSignature signature) {

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
        with);
  }
}
