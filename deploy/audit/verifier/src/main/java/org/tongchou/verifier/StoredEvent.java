package org.tongchou.verifier;

import java.nio.charset.StandardCharsets;

/**
 * An event's stored bytes and what the hash chain needs from them. The chained hash (canonical
 * encoding 1) is the SHA-256 of the stored bytes with their top-level {@code "hash":"..."} member
 * and its separating comma taken out: the bytes as they were before the hub added the hash.
 */
record StoredEvent(
    byte[] bytes, String claimedHash, String previousHash, String personKey, long personSequence) {

  /** The stored bytes read, or null when they are not a JSON object at all. */
  static StoredEvent of(byte[] bytes) {
    try {
      Json.Node tree = Json.read(bytes);
      if (tree == null || !tree.isObject()) {
        return null;
      }
      return new StoredEvent(
          bytes,
          text(tree, "hash"),
          text(tree, "previousHash"),
          text(tree, "personKey"),
          tree.path("personSequence").asLong(-1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String text(Json.Node tree, String field) {
    Json.Node value = tree.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  /** The hash the bytes call for, or null when the hash member cannot be taken out exactly once. */
  String recomputedHash() {
    if (claimedHash == null) {
      return null;
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    String member = "\"hash\":\"" + claimedHash + "\"";
    String hashed;
    if (text.indexOf("," + member) >= 0
        && text.indexOf("," + member) == text.lastIndexOf("," + member)) {
      hashed = text.replace("," + member, "");
    } else if (text.startsWith("{" + member + ",")) {
      hashed = "{" + text.substring(member.length() + 2);
    } else {
      return null;
    }
    return Sha256.hex(hashed.getBytes(StandardCharsets.UTF_8));
  }

  /** Its Merkle leaf: SHA-256 of the stored bytes as they are. */
  String leaf() {
    return Sha256.hex(bytes);
  }
}
