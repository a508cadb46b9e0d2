package org.tongchou.hub.kernel;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The per-person hash chain. An event's hash is SHA-256 over the canonical JSON ({@link
 * CanonicalJson}) of the event with its {@code hash} left out; since that JSON includes {@code
 * previousHash}, altering, removing or reordering any earlier event breaks every later link.
 */
public final class EventHashes {

  /** The previous hash of a person's first event. */
  public static final String GENESIS = "0".repeat(64);

  private EventHashes() {}

  /**
   * The event with its hash: every kind of person event is sealed the same way. It is serialized
   * once ({@link EventEncoding}); the bytes wait for the store in {@link EncodedEvents}.
   */
  @SuppressWarnings("unchecked")
  public static <E extends HashChained> E seal(E event) {
    EventEncoding.Encoded encoded = EventEncoding.encode(event);
    EncodedEvents.remember(encoded);
    return (E) event.withHash(encoded.hash());
  }

  /** Recomputes the hash an event should carry. */
  public static String expectedHash(HashChained event) {
    return sha256(CanonicalJson.bytes(event.withHash(null)));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
