package org.tongchou.hub.evidence.app;

import java.time.Instant;

/**
 * A signed checkpoint as stored and delivered: {@code body} is the exact canonical JSON that was
 * hashed ({@code hash}) and signed ({@code signature}, Ed25519, by {@code keyId}).
 */
public record StoredCheckpoint(
    long sequence,
    long feedPosition,
    long toPosition,
    String body,
    String hash,
    String keyId,
    byte[] signature,
    Instant createdAt) {}
