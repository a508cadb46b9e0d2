package org.tongchou.adapter.hub;

import java.time.Instant;

/**
 * One of the hub's signing keys as it lists them.
 *
 * @param der the Ed25519 public key, DER SubjectPublicKeyInfo
 * @param previousKeyId the key it replaced; empty for the first
 * @param endorsed whether the replaced key signed it (check it with {@code audit verify})
 */
public record HubKey(
    String keyId, byte[] der, Instant activatedAt, String previousKeyId, boolean endorsed) {}
