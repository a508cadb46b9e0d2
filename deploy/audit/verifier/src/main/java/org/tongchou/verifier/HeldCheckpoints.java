package org.tongchou.verifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Reads checkpoints kept outside the hub, one JSON object per line: a feed item as the adapter's
 * inbox keeps it ({@code tongchou_inbox.item} of kind {@code signed-checkpoint}, proto JSON), or a
 * checkpoint line of an earlier export.
 */
public final class HeldCheckpoints {

  private HeldCheckpoints() {}

  /**
   * Hands every non-blank line of a file to the verifier; the problem (naming the file and line),
   * or null when every line was a signed checkpoint.
   */
  public static String feedAll(Path file, ExportVerifier verifier) {
    try {
      long number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        if (!line.isBlank() && !feed(line, verifier)) {
          return file + " line " + number + " is not a signed checkpoint";
        }
      }
      return null;
    } catch (IOException e) {
      return "cannot read " + file + ": " + e.getMessage();
    }
  }

  /** Hands one line to the verifier; false when the line is neither form. */
  public static boolean feed(String line, ExportVerifier verifier) {
    try {
      Json.Node node = Json.read(line);
      Json.Node checkpoint = node.has("signedCheckpoint") ? node.get("signedCheckpoint") : node;
      if (!checkpoint.has("body") || !checkpoint.has("signature") || !checkpoint.has("sequence")) {
        return false;
      }
      verifier.heldCopy(
          checkpoint.path("sequence").asLong(),
          checkpoint.path("hash").asText(),
          Base64.getDecoder().decode(checkpoint.path("body").asText()),
          Base64.getDecoder().decode(checkpoint.path("signature").asText()));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
