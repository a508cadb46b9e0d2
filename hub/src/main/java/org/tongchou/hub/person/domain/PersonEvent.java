package org.tongchou.hub.person.domain;

import java.time.Instant;

/**
 * An event of a person's stream. Each carries its place in the stream and the hash chain:
 * {@code hash} is the SHA-256 of the event's canonical encoding (see {@link EventHashes}), which
 * includes {@code previousHash}.
 */
public sealed interface PersonEvent permits FactRecorded, ResidenceConflictRecorded {

    String personKey();

    /** 1-based position in the person's stream. */
    long personSequence();

    Instant recordedAt();

    String previousHash();

    String hash();
}
