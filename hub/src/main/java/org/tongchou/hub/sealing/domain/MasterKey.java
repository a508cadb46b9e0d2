package org.tongchou.hub.sealing.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hub's master key: it wraps every person's data key, so that the database alone (or a backup
 * of it) opens nothing. A wrapped key is the data key sealed like a text ({@link SealedText}) with
 * the master key, bound to {@code data-key:<person key>}. The {@link #id()} is stored beside each
 * wrapped key, so that a hub started with the wrong master key says so instead of failing to open
 * texts one by one.
 */
public final class MasterKey {

  private static final String PURPOSE = "data-key:";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKey key;
  private final String id;

  public MasterKey(byte[] material) {
    if (material.length != 32) {
      throw new IllegalArgumentException(
          "the master key must be 32 bytes (AES-256), not " + material.length);
    }
    this.key = new SecretKeySpec(material.clone(), "AES");
    this.id = fingerprint(material);
  }

  /**
   * The first 8 bytes of the SHA-256 of the key material, as hex: names the key, reveals nothing.
   */
  public String id() {
    return id;
  }

  /**
   * A fresh random AES-256 data key for one person: 32 bytes of a {@link SecureRandom}, as the
   * JDK's AES key generator makes them, without looking the generator up for every person.
   */
  public static SecretKey newDataKey() {
    byte[] material = new byte[32];
    RANDOM.nextBytes(material);
    return new SecretKeySpec(material, "AES");
  }

  public String wrap(String personKey, SecretKey dataKey) {
    return SealedText.seal(
        key, PURPOSE + personKey, Base64.getEncoder().encodeToString(dataKey.getEncoded()));
  }

  public SecretKey unwrap(String personKey, String wrapped) {
    return new SecretKeySpec(
        Base64.getDecoder().decode(SealedText.open(key, PURPOSE + personKey, wrapped)), "AES");
  }

  private static String fingerprint(byte[] material) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(material), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
