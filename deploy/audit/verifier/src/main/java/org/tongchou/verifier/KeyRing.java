package org.tongchou.verifier;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hub's signing keys as the auditor trusts them: the pinned ones, and every key a trusted key
 * endorsed. Without pins, the export's first key is trusted on its word (and the report says so).
 */
final class KeyRing {

  private final Map<String, PublicKey> keys = new HashMap<>();
  private final Set<String> trusted = new HashSet<>();
  private final boolean pinned;

  /**
   * @param pins DER SubjectPublicKeyInfo of the keys the auditor got from the hub out of band
   * @throws IllegalArgumentException when one is not an Ed25519 public key
   */
  KeyRing(List<byte[]> pins) {
    pins.forEach(
        der -> {
          String id = Sha256.hex(der);
          keys.put(id, publicKey(der));
          trusted.add(id);
        });
    this.pinned = !pins.isEmpty();
  }

  boolean pinned() {
    return pinned;
  }

  /**
   * Takes in a key line; a problem with it, or null.
   *
   * @param endorsement the previous key's signature over {@code body}, or null
   */
  String add(
      String keyId, String publicKeyBase64, String previousKeyId, byte[] body, byte[] endorsement) {
    byte[] der;
    try {
      der = Base64.getDecoder().decode(publicKeyBase64);
    } catch (IllegalArgumentException e) {
      return "its public key is not base64";
    }
    if (!Sha256.hex(der).equals(keyId)) {
      return "its id is not the SHA-256 of its public key";
    }
    try {
      keys.put(keyId, publicKey(der));
    } catch (IllegalArgumentException e) {
      return "its public key is not an Ed25519 public key";
    }
    if (trusted.contains(keyId)) {
      return null;
    }
    if (previousKeyId == null) {
      if (!pinned && trusted.isEmpty()) {
        trusted.add(keyId);
        return null;
      }
      return "not pinned and endorsed by no key";
    }
    if (endorsement == null) {
      return "not endorsed by the key it replaced (" + previousKeyId + ")";
    }
    if (!trusted.contains(previousKeyId)) {
      return "endorsed by " + previousKeyId + ", which is not trusted";
    }
    if (!verifies(previousKeyId, body, endorsement)) {
      return "the endorsement by " + previousKeyId + " does not verify";
    }
    trusted.add(keyId);
    return null;
  }

  boolean trusts(String keyId) {
    return trusted.contains(keyId);
  }

  /** Whether the key signed the body; false when either is missing. */
  boolean verifies(String keyId, byte[] body, byte[] signature) {
    PublicKey key = keys.get(keyId);
    if (key == null || body == null || signature == null) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(body);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static PublicKey publicKey(byte[] der) {
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("a key that is not an Ed25519 public key", e);
    }
  }
}
