package org.tongchou.verifier;

/** What a signed checkpoint body says (docs/AUDIT.md); null fields where the body lacks them. */
record CheckpointBody(
    long sequence,
    long feedPosition,
    long fromPosition,
    long toPosition,
    long eventCount,
    String merkleRoot,
    String previousHash,
    String keyId) {

  static CheckpointBody of(byte[] body) {
    try {
      Json.Node tree = Json.read(body);
      return new CheckpointBody(
          tree.path("sequence").asLong(-1),
          tree.path("feedPosition").asLong(-1),
          tree.path("fromPosition").asLong(-1),
          tree.path("toPosition").asLong(-1),
          tree.path("eventCount").asLong(-1),
          tree.path("merkleRoot").asText(null),
          tree.path("previousHash").asText(null),
          tree.path("keyId").asText(null));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  boolean covers(long position) {
    return position > fromPosition && position <= toPosition;
  }
}
