package org.tongchou.verifier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 in lowercase hex, and the Merkle rules of tongchou-merkle/1. */
final class Sha256 {

  static final String GENESIS = "0".repeat(64);

  private Sha256() {}

  static String hex(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** A parent node: SHA-256 of the ASCII text of the two children's hex, left first. */
  static String parent(String left, String right) {
    return hex((left + right).getBytes(StandardCharsets.US_ASCII));
  }

  /** The root over leaves in order; an odd node at the end of a level moves up unchanged. */
  static String root(List<String> leaves) {
    List<String> level = leaves;
    while (level.size() > 1) {
      List<String> up = new java.util.ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        up.add(i + 1 < level.size() ? parent(level.get(i), level.get(i + 1)) : level.get(i));
      }
      level = up;
    }
    return level.get(0);
  }

  /** Whether a step of an audit path is {@code L} or {@code R} and 64 lowercase hex characters. */
  static boolean isPathStep(String step) {
    return step.length() == 65
        && (step.charAt(0) == 'L' || step.charAt(0) == 'R')
        && step.substring(1).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f');
  }

  /**
   * The root a leaf's audit path ({@code L<hex>} or {@code R<hex>} steps, leaf upwards) leads to.
   */
  static String rootOf(String leaf, List<String> path) {
    String node = leaf;
    for (String step : path) {
      node =
          step.charAt(0) == 'L' ? parent(step.substring(1), node) : parent(node, step.substring(1));
    }
    return node;
  }
}
