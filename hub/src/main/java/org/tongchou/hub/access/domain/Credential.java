package org.tongchou.hub.access.domain;

import java.time.Instant;

/**
 * A credential the hub recognised: who it names, until when it is valid, and its public id (a
 * token's {@code credential_id}, a certificate's serial in hex), by which it is listed, revoked and
 * watched while its calls are open.
 */
public record Credential(Kind kind, String id, Caller caller, Instant expiresAt) {

  /** How the caller proved who it is. */
  public enum Kind {
    TOKEN,
    CERTIFICATE
  }

  /** One key for both kinds, e.g. {@code token:1f3a…} or {@code certificate:7c21…}. */
  public String key() {
    return key(kind, id);
  }

  public static String key(Kind kind, String id) {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }

  /** Valid until the instant it expires, not at it. */
  public boolean isValidAt(Instant now) {
    return now.isBefore(expiresAt);
  }
}
