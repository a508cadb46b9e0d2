package org.tongchou.hub.evidence.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tongchou.hub.evidence.domain.Checkpoint;

/** The lines of a tongchou-export/1 file (docs/AUDIT.md), one JSON object each. */
final class ExportLineFormat {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExportLineFormat() {}

  static String header(ExportScope scope, long head, Instant exportedAt) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("kind", "header");
    header.put("format", "tongchou-export/1");
    header.put("encoding", Checkpoint.ENCODING);
    header.put("merkle", Checkpoint.MERKLE);
    header.put("full", scope.everything());
    header.put("personKey", scope.personKey());
    header.put("region", scope.region());
    header.put(
        "recordedFrom", scope.recordedFrom() == null ? null : scope.recordedFrom().toString());
    header.put("recordedTo", scope.recordedTo() == null ? null : scope.recordedTo().toString());
    header.put("headPosition", head);
    header.put("exportedAt", exportedAt.toString());
    header.values().removeIf(v -> v == null);
    return line(header);
  }

  static String key(RecordedKey recorded) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("kind", "key");
    line.put("keyId", recorded.key().keyId());
    line.put("publicKey", recorded.key().publicKey());
    line.put("previousKeyId", recorded.key().previousKeyId());
    line.put("body", Base64.getEncoder().encodeToString(recorded.key().body()));
    line.put(
        "endorsement",
        recorded.endorsement() == null
            ? null
            : Base64.getEncoder().encodeToString(recorded.endorsement()));
    line.values().removeIf(v -> v == null);
    return line(line);
  }

  static String checkpoint(StoredCheckpoint checkpoint) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("kind", "checkpoint");
    line.put("sequence", checkpoint.sequence());
    line.put("hash", checkpoint.hash());
    line.put("keyId", checkpoint.keyId());
    line.put("signature", Base64.getEncoder().encodeToString(checkpoint.signature()));
    line.put(
        "body",
        Base64.getEncoder().encodeToString(checkpoint.body().getBytes(StandardCharsets.UTF_8)));
    return line(line);
  }

  /**
   * @param proof the event's audit path in a partial export; null in a full one or when none covers
   *     it
   */
  static String event(LogRows.Row row, AuditPaths.Proof proof) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("kind", "event");
    line.put("position", row.position());
    line.put("personKey", row.personKey());
    if (row.missing()) {
      line.put("missing", true);
      return line(line);
    }
    line.put("eventId", row.eventId());
    line.put("type", row.payloadType());
    line.put("sequence", row.sequenceNumber());
    // The time the event's own bytes hold (and its hash covers); absent when they no longer say.
    if (row.recordedAt() != null) {
      line.put("recordedAt", row.recordedAt().toString());
    }
    if (proof != null) {
      line.put("checkpoint", proof.checkpoint());
      line.put("leafIndex", proof.leafIndex());
      line.put("path", proof.path());
    }
    line.put("payload", Base64.getEncoder().encodeToString(row.payload()));
    return line(line);
  }

  private static String line(Map<String, Object> fields) {
    try {
      return JSON.writeValueAsString(fields);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("export lines are maps of plain values", e);
    }
  }
}
