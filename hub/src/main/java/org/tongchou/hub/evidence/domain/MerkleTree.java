package org.tongchou.hub.evidence.domain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.tongchou.hub.kernel.EventHashes;

/**
 * The Merkle tree of a checkpoint (tongchou-merkle/1), built so that an auditor can recompute it
 * with {@code sha256sum} alone: leaves and nodes are lowercase hex SHA-256 values; a parent is the
 * SHA-256 of the ASCII text {@code left + right} (128 hex characters); an odd node at the end of a
 * level moves up unchanged. A leaf is the SHA-256 of an event's stored bytes, which are a JSON
 * object and so can never be 128 hex characters: a node cannot pass for a leaf.
 */
public final class MerkleTree {

  private final List<List<String>> levels;

  private MerkleTree(List<List<String>> levels) {
    this.levels = levels;
  }

  /** The tree over leaves in log order; at least one. */
  public static MerkleTree of(List<String> leaves) {
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
    }
    List<List<String>> levels = new ArrayList<>();
    List<String> level = List.copyOf(leaves);
    levels.add(level);
    while (level.size() > 1) {
      List<String> up = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        up.add(i + 1 < level.size() ? parent(level.get(i), level.get(i + 1)) : level.get(i));
      }
      level = up;
      levels.add(level);
    }
    return new MerkleTree(levels);
  }

  public String root() {
    return levels.get(levels.size() - 1).get(0);
  }

  public int size() {
    return levels.get(0).size();
  }

  /**
   * The audit path of leaf {@code index}: from the leaf up, each sibling as {@code L<hex>} (it goes
   * on the left) or {@code R<hex>} (on the right); a level where the node had no sibling adds no
   * step.
   */
  public List<String> path(int index) {
    List<String> steps = new ArrayList<>();
    int at = index;
    for (int depth = 0; depth < levels.size() - 1; depth++) {
      List<String> level = levels.get(depth);
      int sibling = at ^ 1;
      if (sibling < level.size()) {
        steps.add((sibling < at ? "L" : "R") + level.get(sibling));
      }
      at /= 2;
    }
    return steps;
  }

  /** The root that a leaf and its audit path lead to. */
  public static String rootOf(String leaf, List<String> path) {
    String node = leaf;
    for (String step : path) {
      String sibling = step.substring(1);
      node = step.charAt(0) == 'L' ? parent(sibling, node) : parent(node, sibling);
    }
    return node;
  }

  /** The leaf of an event: SHA-256 of its stored bytes. */
  public static String leaf(byte[] storedEvent) {
    return EventHashes.sha256(storedEvent);
  }

  static String parent(String left, String right) {
    return EventHashes.sha256((left + right).getBytes(StandardCharsets.US_ASCII));
  }
}
