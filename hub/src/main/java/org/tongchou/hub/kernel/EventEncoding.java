package org.tongchou.hub.kernel;

import java.nio.charset.StandardCharsets;

/**
 * An event's hash and its stored bytes from one serialization. The stored form is the canonical
 * JSON of the sealed event; the hashed form is the same JSON without the {@code hash} member. Both
 * used to be serialized separately (and the store serialized a third time). Here the event is
 * serialized once with a placeholder hash of the right length: cutting that member out gives the
 * hashed bytes, and writing the real hash over the placeholder gives the stored bytes. Canonical
 * encoding version 1 is unchanged: both byte strings are exactly what the two serializations give.
 */
public final class EventEncoding {

  /** An event's hash and its stored bytes (the canonical JSON of the event carrying that hash). */
  public record Encoded(String hash, byte[] stored) {}

  /**
   * Never a real hash (those are lowercase hex), so its member is found by one byte search: a
   * string value holding the same characters would be escaped ({@code \"hash\"}) in the JSON.
   */
  static final String PLACEHOLDER = "z".repeat(64);

  private static final byte[] MEMBER =
      ("\"hash\":\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.US_ASCII);
  private static final int HASH_OFFSET = "\"hash\":\"".length();

  private EventEncoding() {}

  /** Encodes {@code event} (its own hash ignored) once. */
  public static Encoded encode(HashChained event) {
    byte[] stored = CanonicalJson.bytes(event.withHash(PLACEHOLDER));
    int at = indexOf(stored, MEMBER, 0);
    if (at < 0 || indexOf(stored, MEMBER, at + 1) >= 0) {
      return twice(event);
    }
    String hash = EventHashes.sha256(withoutMember(stored, at));
    System.arraycopy(
        hash.getBytes(StandardCharsets.US_ASCII), 0, stored, at + HASH_OFFSET, hash.length());
    return new Encoded(hash, stored);
  }

  /** The plain way, for a record whose JSON does not hold the member once at the top level. */
  private static Encoded twice(HashChained event) {
    String hash = EventHashes.sha256(CanonicalJson.bytes(event.withHash(null)));
    return new Encoded(hash, CanonicalJson.bytes(event.withHash(hash)));
  }

  /** The JSON without the member at {@code at} and the comma that separates it from a neighbour. */
  private static byte[] withoutMember(byte[] json, int at) {
    int from = at;
    int to = at + MEMBER.length;
    if (json[from - 1] == ',') {
      from--;
    } else if (json[to] == ',') {
      to++;
    }
    byte[] cut = new byte[json.length - (to - from)];
    System.arraycopy(json, 0, cut, 0, from);
    System.arraycopy(json, to, cut, from, json.length - to);
    return cut;
  }

  private static int indexOf(byte[] bytes, byte[] sought, int from) {
    outer:
    for (int i = from; i <= bytes.length - sought.length; i++) {
      for (int j = 0; j < sought.length; j++) {
        if (bytes[i + j] != sought[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
