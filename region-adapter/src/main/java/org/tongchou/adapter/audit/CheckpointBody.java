package org.tongchou.adapter.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

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

  private static final ObjectMapper JSON = new ObjectMapper();

  static CheckpointBody of(byte[] body) {
    try {
      JsonNode tree = JSON.readTree(body);
      return new CheckpointBody(
          tree.path("sequence").asLong(-1),
          tree.path("feedPosition").asLong(-1),
          tree.path("fromPosition").asLong(-1),
          tree.path("toPosition").asLong(-1),
          tree.path("eventCount").asLong(-1),
          tree.path("merkleRoot").asText(null),
          tree.path("previousHash").asText(null),
          tree.path("keyId").asText(null));
    } catch (IOException e) {
      return null;
    }
  }

  boolean covers(long position) {
    return position > fromPosition && position <= toPosition;
  }
}
