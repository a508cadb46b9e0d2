package org.tongchou.hub.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.tongchou.hub.kernel.EventHashes;

/**
 * Region credentials for now: random bearer tokens. Only their SHA-256 is stored, so a copy of the
 * database does not let anyone act as a region.
 */
public final class Tokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Tokens() {}

  /** 32 random bytes, URL-safe base64, prefixed so that a leaked token is recognisable. */
  public static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "tch_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** A token's public id: the first 16 hex digits of its hash, to name it, not to present it. */
  public static String idOf(String hash) {
    return hash.substring(0, 16);
  }

  public static String hash(String token) {
    return EventHashes.sha256(token.getBytes(StandardCharsets.UTF_8));
  }
}
