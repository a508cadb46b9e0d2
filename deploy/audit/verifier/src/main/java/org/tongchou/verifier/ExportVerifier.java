package org.tongchou.verifier;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Checks an export (tongchou-export/1) line by line, as it streams: key ids and endorsements,
 * checkpoint hashes, signatures and chain, every event's hash and link in its person's chain, and
 * that the events rebuild the signed Merkle roots (full export) or that their audit paths lead to
 * them (partial export). Every finding names the event or checkpoint it is about.
 */
public final class ExportVerifier {

  private final KeyRing keys;
  private final List<Finding> findings = new ArrayList<>();
  private final CheckpointLedger checkpoints = new CheckpointLedger(findings);
  private PersonChains chains = new PersonChains(false);
  private boolean headerRead;
  private boolean full;
  private long head = -1;
  private long events;
  private long uncovered;
  private int keyCount;
  private long expectedPosition = 1;
  private long lineNumber;
  private int heldCopies;
  private final List<long[]> pathless = new ArrayList<>();
  private final List<String> pathlessWhere = new ArrayList<>();

  /**
   * @param pinnedKeys DER SubjectPublicKeyInfo of the hub keys the auditor trusts; empty: the
   *     export's first
   * @throws IllegalArgumentException when a pinned key is not an Ed25519 public key
   */
  public ExportVerifier(List<byte[]> pinnedKeys) {
    this.keys = new KeyRing(pinnedKeys);
  }

  /** Takes the next line of the export. */
  public void accept(String line) {
    lineNumber++;
    Json.Node node;
    try {
      node = Json.read(line);
    } catch (IllegalArgumentException e) {
      findings.add(new Finding("line " + lineNumber, "not JSON"));
      return;
    }
    switch (node.path("kind").asText()) {
      case "header" -> header(node);
      case "key" -> key(node);
      case "checkpoint" -> checkpoint(node);
      case "event" -> event(node);
      default ->
          findings.add(new Finding("line " + lineNumber, "unknown kind " + node.path("kind")));
    }
  }

  /**
   * Compares the export with a checkpoint someone outside the hub kept (a region's inbox copy):
   * same sequence, same hash, or the hub's history was rewritten after the region received it. Call
   * after every export line is in.
   */
  public void heldCopy(long sequence, String hash, byte[] body, byte[] signature) {
    String where = "checkpoint " + sequence + " (held copy)";
    CheckpointBody held = body == null ? null : CheckpointBody.of(body);
    if (held == null || !Sha256.hex(body).equals(hash) || held.sequence() != sequence) {
      findings.add(
          new Finding(where, "the copy is damaged: its body does not match its hash or sequence"));
      return;
    }
    if (!keys.trusts(held.keyId()) || !keys.verifies(held.keyId(), body, signature)) {
      findings.add(new Finding(where, "the copy's signature does not verify with a trusted key"));
      return;
    }
    heldCopies++;
    String exported = checkpoints.hashOf(sequence);
    if (exported == null && full) {
      findings.add(new Finding(where, "the hub signed it, but the export does not have it"));
    } else if (exported != null && !exported.equals(hash)) {
      findings.add(
          new Finding(
              where,
              "the hub signed it differently before: the export's checkpoint "
                  + sequence
                  + " is not the one the copy holds, so the history was rewritten and re-signed"));
    }
  }

  /**
   * The most Merkle nodes held at any one time for a full export's checkpoints. Each checkpoint's
   * root is built as its events come and its tree dropped once they are all in, so this follows the
   * size of a checkpoint (at most about log2 of it, per checkpoint still open), not of the log.
   */
  public long mostMerkleNodesHeld() {
    return checkpoints.mostHeld();
  }

  /** The report, once every line is in. */
  public VerificationReport finish() {
    if (!headerRead) {
      findings.add(new Finding("export", "no header line: not a tongchou-export/1 file"));
    }
    checkpoints.finish(full);
    // A partial export carries the latest checkpoint: an event at or before it needs its audit
    // path.
    for (int i = 0; i < pathless.size(); i++) {
      if (pathless.get(i)[0] <= checkpoints.lastCovered()) {
        uncovered--;
        findings.add(
            new Finding(
                pathlessWhere.get(i), "a signed checkpoint covers it, but it has no audit path"));
      }
    }
    if (full) {
      positionsMissing(head + 1);
    }
    return new VerificationReport(
        events,
        chains.persons(),
        checkpoints.size(),
        keyCount,
        uncovered,
        keys.pinned(),
        heldCopies,
        findings);
  }

  private void header(Json.Node node) {
    if (lineNumber != 1) {
      // Read before it, the other lines were judged as a partial export's: only the first counts.
      findings.add(
          new Finding("line " + lineNumber, "a header that is not the export's first line"));
      return;
    }
    headerRead = true;
    if (!"tongchou-export/1".equals(node.path("format").asText())) {
      findings.add(
          new Finding("header", "format " + node.path("format") + " is not tongchou-export/1"));
    }
    full = node.path("full").asBoolean(false);
    head = node.path("headPosition").asLong(-1);
    chains = new PersonChains(full);
  }

  private void key(Json.Node node) {
    keyCount++;
    String id = node.path("keyId").asText();
    String problem =
        keys.add(
            id,
            node.path("publicKey").asText(),
            node.path("previousKeyId").asText(null),
            bytes(node, "body"),
            bytes(node, "endorsement"));
    if (problem != null) {
      findings.add(new Finding("key " + id, problem));
    }
  }

  private void checkpoint(Json.Node node) {
    String where = "checkpoint " + node.path("sequence").asLong();
    byte[] bodyBytes = bytes(node, "body");
    CheckpointBody body = bodyBytes == null ? null : CheckpointBody.of(bodyBytes);
    if (body == null) {
      findings.add(new Finding(where, "its body is not a checkpoint"));
      return;
    }
    String hash = Sha256.hex(bodyBytes);
    if (!hash.equals(node.path("hash").asText())) {
      findings.add(new Finding(where, "its body does not hash to the hash it carries"));
    }
    if (body.sequence() != node.path("sequence").asLong()
        || !node.path("keyId").asText().equals(body.keyId())) {
      findings.add(new Finding(where, "its line and its signed body disagree on sequence or key"));
    }
    if (!keys.trusts(body.keyId())) {
      findings.add(new Finding(where, "signed by key " + body.keyId() + ", which is not trusted"));
    } else if (!keys.verifies(body.keyId(), bodyBytes, bytes(node, "signature"))) {
      findings.add(new Finding(where, "its signature does not verify"));
    }
    checkpoints.add(body, hash);
  }

  private void event(Json.Node node) {
    events++;
    long position = node.path("position").asLong();
    if (full) {
      positionsMissing(position);
      expectedPosition = position + 1;
    }
    if (node.path("missing").asBoolean(false)) {
      findings.add(
          new Finding(
              "event at position " + position + " (person " + node.path("personKey").asText() + ")",
              "the log has this position but its event is gone"));
      return;
    }
    byte[] bytes = bytes(node, "payload");
    StoredEvent event = bytes == null ? null : StoredEvent.of(bytes);
    String where =
        "event at position "
            + position
            + " (id "
            + node.path("eventId").asText()
            + ", person "
            + node.path("personKey").asText()
            + ", #"
            + (event == null ? "?" : event.personSequence())
            + ")";
    if (event == null) {
      findings.add(new Finding(where, "its stored bytes are not a JSON object"));
    } else {
      String recomputed = event.recomputedHash();
      if (recomputed == null || !recomputed.equals(event.claimedHash())) {
        findings.add(
            new Finding(
                where,
                "its stored bytes do not hash to the hash they carry: the event was altered"));
      }
      if (!node.path("personKey").asText().equals(event.personKey())) {
        findings.add(
            new Finding(where, "the log files it under another person than the event names"));
      }
      String link = chains.link(event);
      if (link != null) {
        findings.add(new Finding(where, link));
      }
    }
    String leaf = Sha256.hex(bytes == null ? new byte[0] : bytes);
    if (full) {
      CheckpointBody covering = checkpoints.covering(position);
      if (covering != null) {
        checkpoints.leaf(covering, leaf);
      } else if (position > checkpoints.lastCovered()) {
        uncovered++;
      }
    } else if (node.has("checkpoint")) {
      List<String> path = new ArrayList<>();
      node.path("path").forEach(step -> path.add(step.asText()));
      if (path.stream().allMatch(Sha256::isPathStep)) {
        checkpoints.claim(node.path("checkpoint").asLong(), where, Sha256.rootOf(leaf, path));
      } else {
        findings.add(new Finding(where, "its audit path has a step that is not L or R and a hash"));
      }
    } else {
      uncovered++;
      pathless.add(new long[] {position});
      pathlessWhere.add(where);
    }
  }

  /**
   * In a full export every position up to {@code before} is an event line or a checkpoint's own.
   */
  private void positionsMissing(long before) {
    if (before <= expectedPosition) {
      return;
    }
    // Position by position would take as long as the gap, which an altered line can make huge.
    long from = expectedPosition;
    for (long own : checkpoints.checkpointPositions(expectedPosition, before)) {
      if (own > from) {
        report(from, own - 1);
      }
      from = own + 1;
    }
    if (from < before) {
      report(from, before - 1);
    }
  }

  private void report(long from, long to) {
    findings.add(
        new Finding(
            from == to ? "position " + from : "positions " + from + ".." + to,
            "missing from the log: no event and no checkpoint there"));
  }

  private static byte[] bytes(Json.Node node, String field) {
    Json.Node value = node.get(field);
    if (value == null || !value.isTextual()) {
      return null;
    }
    try {
      return Base64.getDecoder().decode(value.asText());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
