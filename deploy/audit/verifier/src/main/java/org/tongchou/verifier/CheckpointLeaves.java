package org.tongchou.verifier;

/**
 * The leaves a full export has under one checkpoint, in line order. Their root is built as they
 * come ({@link MerkleStream}), and once there are as many as the checkpoint signed it is kept and
 * the tree dropped: a full export is then verified in memory that does not grow with the log.
 */
final class CheckpointLeaves {

  private final long signedCount;
  private MerkleStream open = new MerkleStream();
  private String rootOfSigned;
  private long count;

  /**
   * @param signedCount the checkpoint's eventCount
   */
  CheckpointLeaves(long signedCount) {
    this.signedCount = signedCount;
  }

  void add(String leaf) {
    count++;
    if (open == null) {
      // More leaves than were signed: the count alone is the finding, the root no longer matters.
      return;
    }
    open.add(leaf);
    if (count == signedCount) {
      rootOfSigned = open.root();
      open = null;
    }
  }

  long count() {
    return count;
  }

  /**
   * The root over all of its leaves; null when there are none, or when the tree was dropped at
   * another count than there are now. That is never wrong for a checkpoint: if it signed the count
   * that dropped the tree, more leaves are a finding of their own. (Only an export that names one
   * sequence twice, with different counts, is judged on the count this one was made with.)
   */
  String root() {
    if (open != null) {
      return open.root();
    }
    return count == signedCount ? rootOfSigned : null;
  }

  /** Merkle nodes held for it now. */
  int held() {
    return open == null ? 0 : open.held();
  }
}
