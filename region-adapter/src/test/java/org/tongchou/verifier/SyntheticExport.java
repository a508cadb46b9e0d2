package org.tongchou.verifier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.tongchou.hub.evidence.domain.MerkleTree;
import org.tongchou.hub.kernel.EventHashes;

/**
 * A full export (tongchou-export/1) made without a hub, as large as a test needs: events of a few
 * persons chained as the hub chains them, and checkpoints of a fixed size signed with a key of its
 * own. Roots and hashes come from the hub's classes, not the verifier's.
 */
final class SyntheticExport {

  private static final Base64.Encoder B64 = Base64.getEncoder();

  final KeyPair key;
  final List<String> lines = new ArrayList<>();

  /** Line index of each event, by its position. */
  final java.util.Map<Long, Integer> eventLineAt = new java.util.HashMap<>();

  private SyntheticExport(KeyPair key) {
    this.key = key;
  }

  /**
   * {@code checkpoints} checkpoints of {@code perCheckpoint} events each, spread over {@code
   * persons} persons; each checkpoint takes the log position after its events.
   *
   * @param tamper applied to each event's stored text after it is signed (identity: none)
   */
  static SyntheticExport of(
      int checkpoints,
      int perCheckpoint,
      int persons,
      java.util.function.BiFunction<Long, String, String> tamper)
      throws GeneralSecurityException {
    SyntheticExport export =
        new SyntheticExport(KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
    export.build(checkpoints, perCheckpoint, persons, tamper);
    return export;
  }

  static SyntheticExport of(int checkpoints, int perCheckpoint, int persons)
      throws GeneralSecurityException {
    return of(checkpoints, perCheckpoint, persons, (position, text) -> text);
  }

  byte[] publicKey() {
    return key.getPublic().getEncoded();
  }

  /** The lines with the event at a position replaced. */
  List<String> withEventLine(long position, UnaryOperator<String> change) {
    List<String> changed = new ArrayList<>(lines);
    int at = eventLineAt.get(position);
    changed.set(at, change.apply(changed.get(at)));
    return changed;
  }

  private void build(
      int checkpoints,
      int perCheckpoint,
      int persons,
      java.util.function.BiFunction<Long, String, String> tamper)
      throws GeneralSecurityException {
    String keyId = EventHashes.sha256(publicKey());
    long head = (long) checkpoints * (perCheckpoint + 1);
    lines.add(
        "{\"kind\":\"header\",\"format\":\"tongchou-export/1\",\"encoding\":\"tongchou-canonical-json/1\","
            + "\"merkle\":\"tongchou-merkle/1\",\"full\":true,\"headPosition\":"
            + head
            + ",\"exportedAt\":\"2026-06-01T00:00:00Z\"}");
    lines.add(
        "{\"kind\":\"key\",\"keyId\":\""
            + keyId
            + "\",\"publicKey\":\""
            + B64.encodeToString(publicKey())
            + "\",\"body\":\""
            + B64.encodeToString("{}".getBytes(StandardCharsets.UTF_8))
            + "\"}");
    List<String> events = new ArrayList<>();
    String[] lastHash = new String[persons];
    long[] sequence = new long[persons];
    String previousCheckpoint = "0".repeat(64);
    long position = 0;
    long from = 0;
    int checkpointLines = 2;
    for (int c = 1; c <= checkpoints; c++) {
      List<String> leaves = new ArrayList<>();
      for (int i = 0; i < perCheckpoint; i++) {
        position++;
        int person = (int) (position % persons);
        String personKey =
            EventHashes.sha256(("person " + person).getBytes(StandardCharsets.UTF_8));
        sequence[person]++;
        String previous = lastHash[person] == null ? "0".repeat(64) : lastHash[person];
        String unsealed =
            "{\"data\":{\"type\":\"x\",\"n\":"
                + position
                + "},\"personKey\":\""
                + personKey
                + "\",\"personSequence\":"
                + sequence[person]
                + ",\"previousHash\":\""
                + previous
                + "\"}";
        String hash = EventHashes.sha256(unsealed.getBytes(StandardCharsets.UTF_8));
        lastHash[person] = hash;
        String stored =
            tamper.apply(
                position,
                unsealed.replace(",\"personKey\"", ",\"hash\":\"" + hash + "\",\"personKey\""));
        byte[] bytes = stored.getBytes(StandardCharsets.UTF_8);
        leaves.add(
            MerkleTree.leaf(
                unsealed
                    .replace(",\"personKey\"", ",\"hash\":\"" + hash + "\",\"personKey\"")
                    .getBytes(StandardCharsets.UTF_8)));
        eventLineAt.put(position, events.size());
        events.add(
            "{\"kind\":\"event\",\"position\":"
                + position
                + ",\"personKey\":\""
                + personKey
                + "\",\"eventId\":\"e-"
                + position
                + "\",\"type\":\"x\",\"sequence\":"
                + (sequence[person] - 1)
                + ",\"recordedAt\":\"2026-06-01T00:00:00Z\",\"payload\":\""
                + B64.encodeToString(bytes)
                + "\"}");
      }
      long to = position;
      position++; // the checkpoint's own position, covered by the next one
      String body =
          "{\"encoding\":\"tongchou-canonical-json/1\",\"eventCount\":"
              + perCheckpoint
              + ",\"feedPosition\":"
              + position
              + ",\"fromPosition\":"
              + from
              + ",\"keyId\":\""
              + keyId
              + "\",\"merkle\":\"tongchou-merkle/1\","
              + "\"merkleRoot\":\""
              + MerkleTree.of(leaves).root()
              + "\",\"previousHash\":\""
              + previousCheckpoint
              + "\",\"sequence\":"
              + c
              + ",\"toPosition\":"
              + to
              + "}";
      byte[] bodyBytes = body.getBytes(StandardCharsets.UTF_8);
      previousCheckpoint = EventHashes.sha256(bodyBytes);
      from = to;
      lines.add(
          checkpointLines++,
          "{\"kind\":\"checkpoint\",\"sequence\":"
              + c
              + ",\"hash\":\""
              + previousCheckpoint
              + "\",\"keyId\":\""
              + keyId
              + "\",\"signature\":\""
              + B64.encodeToString(sign(bodyBytes))
              + "\",\"body\":\""
              + B64.encodeToString(bodyBytes)
              + "\"}");
    }
    int first = lines.size();
    lines.addAll(events);
    eventLineAt.replaceAll((p, i) -> i + first);
  }

  private byte[] sign(byte[] body) throws GeneralSecurityException {
    Signature signer = Signature.getInstance("Ed25519");
    signer.initSign(key.getPrivate());
    signer.update(body);
    return signer.sign();
  }
}
