package org.tongchou.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tongchou.hub.evidence.app.Checkpoints;
import org.tongchou.hub.testing.Facts;
import org.tongchou.hub.testing.TestHub;
import org.tongchou.proto.v1.Receipt;

/**
 * Every rule docs/AUDIT.md ("The details an outside verifier needs") states, checked against a real
 * export from a hub on PostgreSQL, with nothing but the JDK and the rule as written: the details an
 * auditor who wrote a verifier from the page alone once had to guess.
 */
class AuditDocumentedRulesIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String GENESIS = "0".repeat(64);

  @TempDir static Path dir;
  static EvidenceHub hub;
  static Receipt receipt;
  static List<JsonNode> keys = new ArrayList<>();
  static List<JsonNode> checkpoints = new ArrayList<>();
  static List<JsonNode> events = new ArrayList<>();

  @BeforeAll
  static void exportAHubsWholeLog() throws Exception {
    hub = EvidenceHub.start(dir);
    try (var wuxi = TestHub.clientFor(hub.context, Facts.WUXI)) {
      receipt =
          wuxi.submitOne(Facts.service(hub.persons.get(1), Facts.WUXI_BINHU, "2026-05-01"))
              .getReceipt();
    }
    // A read of a person is logged, so that a checkpoint after it fixes the access log's head.
    CommandRun read = hub.audit("history", hub.persons.get(0), "--purpose", "documented rules");
    assertThat(read.exitCode()).as(read.err()).isZero();
    hub.context.getBean(Checkpoints.class).writeNext().orElseThrow();
    Path export = dir.resolve("log.jsonl");
    CommandRun run = hub.audit("export", "--output", export.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String line : Files.readAllLines(export)) {
      JsonNode node = JSON.readTree(line);
      switch (node.path("kind").asText()) {
        case "key" -> keys.add(node);
        case "checkpoint" -> checkpoints.add(node);
        case "event" -> events.add(node);
        default -> {}
      }
    }
  }

  @AfterAll
  static void stopHub() {
    hub.close();
  }

  @Test
  void aCheckpointBodyLeavesOutAccessLogHashExactlyWhileAccessLogSequenceIsZero() throws Exception {
    boolean sawZero = false;
    boolean sawLater = false;
    for (JsonNode checkpoint : checkpoints) {
      JsonNode body = JSON.readTree(base64(checkpoint.path("body").asText()));
      if (body.path("accessLogSequence").asLong() == 0) {
        sawZero = true;
        assertThat(body.has("accessLogHash")).as(body.toString()).isFalse();
      } else {
        sawLater = true;
        assertThat(body.path("accessLogHash").asText()).matches("[0-9a-f]{64}");
      }
    }
    assertThat(sawZero).as("a checkpoint signed before any read").isTrue();
    assertThat(sawLater).as("a checkpoint signed after a read").isTrue();
  }

  @Test
  void aCheckpointsSignatureIsBase64OfAnEd25519SignatureOverItsBodyBytes() throws Exception {
    for (JsonNode checkpoint : checkpoints) {
      byte[] body = base64(checkpoint.path("body").asText());
      byte[] signature = base64(checkpoint.path("signature").asText());
      assertThat(signature).hasSize(64);
      assertThat(hex(sha256(body))).isEqualTo(checkpoint.path("hash").asText());
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(publicKey(JSON.readTree(body).path("keyId").asText()));
      ed25519.update(body);
      assertThat(ed25519.verify(signature)).isTrue();
    }
  }

  @Test
  void aKeysPublicKeyIsBase64DerWhoseSha256IsItsKeyId() throws Exception {
    assertThat(keys).isNotEmpty();
    for (JsonNode key : keys) {
      byte[] der = base64(key.path("publicKey").asText());
      assertThat(hex(sha256(der))).isEqualTo(key.path("keyId").asText());
      KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }
  }

  @Test
  void theFirstCheckpointStartsAtPositionZeroAndEachNextOneWhereThePreviousEnded()
      throws Exception {
    long from = 0;
    String previous = GENESIS;
    for (JsonNode checkpoint : checkpoints) {
      JsonNode body = JSON.readTree(base64(checkpoint.path("body").asText()));
      assertThat(body.path("fromPosition").asLong()).isEqualTo(from);
      assertThat(body.path("previousHash").asText()).isEqualTo(previous);
      assertThat(body.path("eventCount").asLong())
          .as("no checkpoint has an empty tree")
          .isPositive();
      from = body.path("toPosition").asLong();
      previous = checkpoint.path("hash").asText();
    }
  }

  @Test
  void anEventLineFilesItsEventUnderPersonKeyAndItsSequenceIsThePersonSequenceLessOne()
      throws Exception {
    for (JsonNode line : events) {
      JsonNode stored = JSON.readTree(base64(line.path("payload").asText()));
      assertThat(line.path("personKey").asText()).isEqualTo(stored.path("personKey").asText());
      assertThat(line.path("sequence").asLong())
          .isEqualTo(stored.path("personSequence").asLong() - 1);
    }
  }

  @Test
  void anEventLinesRecordedAtIsTheOneItsStoredBytesAndSoItsHashHold() throws Exception {
    for (JsonNode line : events) {
      JsonNode stored = JSON.readTree(base64(line.path("payload").asText()));
      assertThat(line.path("recordedAt").asText())
          .isEqualTo(java.time.Instant.parse(stored.path("recordedAt").asText()).toString());
    }
  }

  @Test
  void theStoredEventAtALogPositionIsFoundByTheDocumentedQuery() {
    for (JsonNode line : events) {
      byte[] stored =
          hub.jdbc.queryForObject(
              "SELECT d.payload FROM feed_entry f "
                  + "JOIN domain_event_entry d ON d.global_index = f.global_index "
                  + "WHERE f.position = ?",
              byte[].class,
              line.path("position").asLong());
      assertThat(stored).isEqualTo(base64(line.path("payload").asText()));
    }
  }

  @Test
  void aReceiptCarriesTheLogPositionTheExportAndTheCheckpointsUseAndItsSignatureCoversIt()
      throws Exception {
    JsonNode line =
        events.stream()
            .filter(e -> e.path("eventId").asText().equals(receipt.getEventId()))
            .findFirst()
            .orElseThrow();
    long logPosition = line.path("position").asLong();

    assertThat(receipt.getLogPosition()).isEqualTo(logPosition);
    JsonNode body = JSON.readTree(receipt.getSignature().getReceiptBody().toByteArray());
    assertThat(body.path("logPosition").asLong()).isEqualTo(logPosition);
    JsonNode last =
        JSON.readTree(base64(checkpoints.get(checkpoints.size() - 1).path("body").asText()));
    assertThat(logPosition)
        .isGreaterThan(last.path("fromPosition").asLong())
        .isLessThanOrEqualTo(last.path("toPosition").asLong());
  }

  @Test
  void aReceiptsAuditPathHasTheDocumentedFormAndLeadsToTheSignedBatchRoot() throws Exception {
    var signature = receipt.getSignature();
    String node = hex(sha256(signature.getReceiptBody().toByteArray()));
    for (String step : signature.getPathList()) {
      assertThat(step).matches("[LR][0-9a-f]{64}");
      String sibling = step.substring(1);
      node = parent(step.charAt(0) == 'L' ? sibling : node, step.charAt(0) == 'L' ? node : sibling);
    }
    JsonNode batch = JSON.readTree(signature.getBatchBody().toByteArray());
    assertThat(node).isEqualTo(batch.path("receiptsRoot").asText());
  }

  @Test
  void aCheckpointsMerkleRootIsRebuiltFromItsEventsLeavesByTheDocumentedRule() throws Exception {
    Map<Long, String> leaves = new HashMap<>();
    events.forEach(
        e ->
            leaves.put(
                e.path("position").asLong(), hex(sha256(base64(e.path("payload").asText())))));
    for (JsonNode checkpoint : checkpoints) {
      JsonNode body = JSON.readTree(base64(checkpoint.path("body").asText()));
      List<String> level = new ArrayList<>();
      for (long p = body.path("fromPosition").asLong() + 1;
          p <= body.path("toPosition").asLong();
          p++) {
        if (leaves.containsKey(p)) {
          level.add(leaves.get(p));
        }
      }
      assertThat(level).hasSize(body.path("eventCount").asInt());
      while (level.size() > 1) {
        List<String> up = new ArrayList<>();
        for (int i = 0; i < level.size(); i += 2) {
          up.add(i + 1 < level.size() ? parent(level.get(i), level.get(i + 1)) : level.get(i));
        }
        level = up;
      }
      assertThat(level.get(0)).isEqualTo(body.path("merkleRoot").asText());
    }
  }

  private static java.security.PublicKey publicKey(String keyId) throws Exception {
    JsonNode key =
        keys.stream().filter(k -> k.path("keyId").asText().equals(keyId)).findFirst().orElseThrow();
    return KeyFactory.getInstance("Ed25519")
        .generatePublic(new X509EncodedKeySpec(base64(key.path("publicKey").asText())));
  }

  private static String parent(String left, String right) {
    return hex(sha256((left + right).getBytes(StandardCharsets.US_ASCII)));
  }

  private static byte[] base64(String text) {
    return Base64.getDecoder().decode(text);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
