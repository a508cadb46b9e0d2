package org.tongchou.hub.sync.domain;

import java.time.Instant;

/**
 * The hub's proof that it recorded a fact; returned unchanged on every duplicate push.
 * {@code signature} is null only where a receipt is shown again without its signature (a timeline
 * lists every event's place and hash); what {@code Submit} answers is always signed.
 */
public record Receipt(String eventId, long position, Instant recordedAt, String hash, String previousHash,
                      String personKey, String region, String recordId, long personSequence,
                      ReceiptSignature signature) {

    /** The same receipt, signed. */
    public Receipt signed(ReceiptSignature with) {
        return new Receipt(eventId, position, recordedAt, hash, previousHash, personKey, region, recordId,
                personSequence, with);
    }
}
