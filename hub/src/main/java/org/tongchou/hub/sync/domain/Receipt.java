package org.tongchou.hub.sync.domain;

import java.time.Instant;

/** The hub's proof that it recorded a fact; returned unchanged on every duplicate push. */
public record Receipt(String eventId, long position, Instant recordedAt, String hash, String previousHash,
                      String personKey, String region, String recordId, long personSequence) {
}
