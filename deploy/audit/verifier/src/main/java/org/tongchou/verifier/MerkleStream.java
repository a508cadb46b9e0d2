package org.tongchou.verifier;

import java.util.ArrayList;
import java.util.List;

/**
 * A tongchou-merkle/1 root built leaf by leaf, holding only the roots of the complete subtrees so
 * far (one per set bit of the leaf count: at most 63, about 20 for a million leaves) instead of
 * every leaf. Folding them from the right gives the same root as {@link Sha256#root}: an odd node
 * at the end of a level moving up unchanged is what joining the smaller subtree to the larger one's
 * right does.
 */
final class MerkleStream {

  private final List<String> subtrees = new ArrayList<>();
  private long count;

  void add(String leaf) {
    subtrees.add(leaf);
    count++;
    // Each trailing zero bit of the count is a pair of equal-sized subtrees that now make one.
    for (long c = count; (c & 1) == 0; c >>= 1) {
      String right = subtrees.remove(subtrees.size() - 1);
      String left = subtrees.remove(subtrees.size() - 1);
      subtrees.add(Sha256.parent(left, right));
    }
  }

  /** The root over every leaf added so far; null before the first. */
  String root() {
    if (subtrees.isEmpty()) {
      return null;
    }
    String node = subtrees.get(subtrees.size() - 1);
    for (int i = subtrees.size() - 2; i >= 0; i--) {
      node = Sha256.parent(subtrees.get(i), node);
    }
    return node;
  }

  /** How many nodes it holds now. */
  int held() {
    return subtrees.size();
  }
}
