package org.tongchou.hub.evidence.domain;

import java.time.Instant;
import org.tongchou.hub.kernel.CanonicalJson;

/**
 * A hub signing key as recorded for everyone to check: its Ed25519 public key (base64 of the DER
 * SubjectPublicKeyInfo), its id (SHA-256 of those DER bytes), when it took over, and which key it
 * took over from. On rotation the previous key signs {@link #body()} (the endorsement), so trust in
 * the first key carries over to its successors.
 */
public record SigningKeyRecord(
    String keyId, String publicKey, Instant activatedAt, String previousKeyId) {

  public byte[] body() {
    return CanonicalJson.bytes(this);
  }
}
