package org.tongchou.hub.person.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns ID numbers into pseudonymous person keys: a keyed HMAC-SHA256 of the 18-character number.
 * Without the hub's secret a key cannot be traced back by enumerating the (small) space of valid ID
 * numbers. The same secret also keys content fingerprints of facts, for the same reason.
 */
public final class PersonKeys {

  private static final String ALGORITHM = "HmacSHA256";

  /** 20 bytes (160 bits) of the HMAC: collision-free for any population, short in every row. */
  private static final int KEY_BYTES = 20;

  private final SecretKeySpec secret;

  /** A keyed Mac per thread: looking one up and initialising it costs more than the MAC itself. */
  private final ThreadLocal<Mac> macs;

  public PersonKeys(byte[] secret) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the person-key secret must be at least 16 bytes");
    }
    this.secret = new SecretKeySpec(secret.clone(), ALGORITHM);
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  public String keyOf(IdNumber idNumber) {
    byte[] mac = mac(("person:" + idNumber.value()).getBytes(StandardCharsets.UTF_8));
    return "p" + HexFormat.of().formatHex(mac, 0, KEY_BYTES);
  }

  /** Whether {@code text} has the form of a person key: {@code p} and 40 lowercase hex digits. */
  public static boolean isWellFormed(String text) {
    return text.length() == 1 + 2 * KEY_BYTES
        && text.charAt(0) == 'p'
        && text.substring(1)
            .chars()
            .allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  /** A keyed fingerprint of arbitrary content (hex, 64 characters). */
  public String fingerprint(byte[] content) {
    return HexFormat.of().formatHex(mac(content));
  }

  private byte[] mac(byte[] input) {
    return macs.get().doFinal(input);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(secret);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
