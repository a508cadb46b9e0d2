package org.tongchou.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checkpoints of an export: their chain, signatures and Merkle roots. A full export's events
 * are folded into each checkpoint's root as they come, in log order ({@link CheckpointLeaves}); a
 * partial export's audit paths are compared with the root they claim.
 */
final class CheckpointLedger {

  private record Claim(String where, String root) {}

  private final TreeMap<Long, CheckpointBody> bySequence = new TreeMap<>();
  private final TreeMap<Long, CheckpointBody> byLastPosition = new TreeMap<>();
  private final java.util.TreeSet<Long> ownPositions = new java.util.TreeSet<>();
  private final Map<Long, String> hashes = new TreeMap<>();
  private final Map<Long, CheckpointLeaves> leaves = new TreeMap<>();
  private final Map<Long, List<Claim>> claims = new TreeMap<>();
  private final List<Finding> findings;
  private long held;
  private long mostHeld;

  CheckpointLedger(List<Finding> findings) {
    this.findings = findings;
  }

  /** A checkpoint line whose signature was checked; its hash is SHA-256 of the body. */
  void add(CheckpointBody body, String hash) {
    bySequence.put(body.sequence(), body);
    byLastPosition.put(body.toPosition(), body);
    ownPositions.add(body.feedPosition());
    hashes.put(body.sequence(), hash);
  }

  /** The hash of a checkpoint the export has; null when it lacks it. */
  String hashOf(long sequence) {
    return hashes.get(sequence);
  }

  /** The checkpoint covering a position, if the export has it. */
  CheckpointBody covering(long position) {
    Map.Entry<Long, CheckpointBody> next = byLastPosition.ceilingEntry(position);
    return next != null && next.getValue().covers(position) ? next.getValue() : null;
  }

  /** The checkpoints' own positions from {@code from} up to before {@code before}, in order. */
  java.util.SortedSet<Long> checkpointPositions(long from, long before) {
    return ownPositions.subSet(from, before);
  }

  void leaf(CheckpointBody checkpoint, String leaf) {
    CheckpointLeaves under =
        leaves.computeIfAbsent(
            checkpoint.sequence(), s -> new CheckpointLeaves(checkpoint.eventCount()));
    held -= under.held();
    under.add(leaf);
    held += under.held();
    mostHeld = Math.max(mostHeld, held);
  }

  /** The most Merkle nodes of a full export's checkpoints held at any one time. */
  long mostHeld() {
    return mostHeld;
  }

  void claim(long sequence, String where, String root) {
    claims.computeIfAbsent(sequence, s -> new ArrayList<>()).add(new Claim(where, root));
  }

  int size() {
    return bySequence.size();
  }

  long lastCovered() {
    return bySequence.isEmpty() ? 0 : bySequence.lastEntry().getValue().toPosition();
  }

  /** Checks the chain; for a full export also every rebuilt root; and every audit path's root. */
  void finish(boolean full) {
    CheckpointBody previous = null;
    for (CheckpointBody body : bySequence.values()) {
      String where = "checkpoint " + body.sequence();
      if (previous == null && full && body.sequence() != 1) {
        findings.add(
            new Finding(where, "checkpoints 1.." + (body.sequence() - 1) + " are missing"));
      }
      if (previous == null
          && full
          && body.sequence() == 1
          && !Sha256.GENESIS.equals(body.previousHash())) {
        findings.add(new Finding(where, "the first checkpoint does not start the chain"));
      }
      if (previous != null && body.sequence() == previous.sequence() + 1) {
        if (!hashes.get(previous.sequence()).equals(body.previousHash())) {
          findings.add(
              new Finding(
                  where, "its previous hash is not the hash of checkpoint " + previous.sequence()));
        }
        if (body.fromPosition() != previous.toPosition()) {
          findings.add(
              new Finding(
                  where,
                  "it starts at position "
                      + body.fromPosition()
                      + ", checkpoint "
                      + previous.sequence()
                      + " ended at "
                      + previous.toPosition()));
        }
      } else if (previous != null && full) {
        findings.add(
            new Finding(
                where,
                "checkpoints "
                    + (previous.sequence() + 1)
                    + ".."
                    + (body.sequence() - 1)
                    + " are missing"));
      }
      if (full) {
        CheckpointLeaves got = leaves.get(body.sequence());
        long count = got == null ? 0 : got.count();
        String root = got == null ? null : got.root();
        if (count != body.eventCount()) {
          findings.add(
              new Finding(
                  where,
                  "it signed "
                      + body.eventCount()
                      + " events at positions "
                      + (body.fromPosition() + 1)
                      + ".."
                      + body.toPosition()
                      + ", the export has "
                      + count
                      + " there"));
        } else if (root == null || !root.equals(body.merkleRoot())) {
          findings.add(
              new Finding(
                  where,
                  "the Merkle root of the events at positions "
                      + (body.fromPosition() + 1)
                      + ".."
                      + body.toPosition()
                      + " is not the signed root: an event there was altered or reordered"));
        }
      }
      for (Claim claim : claims.getOrDefault(body.sequence(), List.of())) {
        if (!claim.root().equals(body.merkleRoot())) {
          findings.add(
              new Finding(
                  claim.where(), "its audit path does not lead to the root signed in " + where));
        }
      }
      previous = body;
    }
    claims.keySet().stream()
        .filter(s -> !bySequence.containsKey(s))
        .forEach(
            s ->
                claims
                    .get(s)
                    .forEach(
                        c ->
                            findings.add(
                                new Finding(
                                    c.where(),
                                    "its audit path names checkpoint "
                                        + s
                                        + ", which the export lacks"))));
  }
}
