package org.tongchou.adapter.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Base64;

/**
 * Reads checkpoints kept outside the hub, one JSON object per line: a feed item as the adapter's
 * inbox keeps it ({@code tongchou_inbox.item} of kind {@code signed-checkpoint}, proto JSON), or a
 * checkpoint line of an earlier export.
 */
public final class HeldCheckpoints {

  private static final ObjectMapper JSON = new ObjectMapper();

  private HeldCheckpoints() {}

  /** Hands one line to the verifier; false when the line is neither form. */
  public static boolean feed(String line, ExportVerifier verifier) {
    try {
      JsonNode node = JSON.readTree(line);
      JsonNode checkpoint = node.has("signedCheckpoint") ? node.get("signedCheckpoint") : node;
      if (!checkpoint.has("body") || !checkpoint.has("signature") || !checkpoint.has("sequence")) {
        return false;
      }
      verifier.heldCopy(
          checkpoint.path("sequence").asLong(),
          checkpoint.path("hash").asText(),
          Base64.getDecoder().decode(checkpoint.path("body").asText()),
          Base64.getDecoder().decode(checkpoint.path("signature").asText()));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }
}
