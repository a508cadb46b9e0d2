package org.tongchou.hub.accesslog.domain;

import java.util.Optional;
import org.tongchou.hub.kernel.EventHashes;

/**
 * Checks the access log entry by entry, oldest first: each sequence follows the one before, each
 * entry names the hash of the one before, and each hash is its entry's. The first entry that fails
 * is named; nothing after it is judged (everything after a broken link is unprovable anyway).
 */
public final class AccessChain {

  /** Where the chain broke: the entry's sequence and what is wrong with it. */
  public record Break(long sequence, String problem) {}

  /**
   * The verdict: how many entries held, the head the log claims (its last sequence and hash), and
   * the first break if any.
   */
  public record Verification(
      long checked, long headSequence, String headHash, Optional<Break> broken) {
    public boolean intact() {
      return broken.isEmpty();
    }
  }

  private long checked;
  private long lastSequence;
  private String lastHash = EventHashes.GENESIS;
  private Break broken;

  /** Takes the next entry; false once the chain is broken (stop feeding it). */
  public boolean accept(AccessEntry entry) {
    if (broken != null) {
      return false;
    }
    if (entry.sequence() != lastSequence + 1) {
      broken =
          new Break(
              lastSequence + 1,
              entry.sequence() <= lastSequence
                  ? "entry " + entry.sequence() + " comes again after entry " + lastSequence
                  : "missing: entry " + entry.sequence() + " follows entry " + lastSequence);
    } else if (!lastHash.equals(entry.previousHash())) {
      broken =
          new Break(
              entry.sequence(),
              "previous_hash "
                  + entry.previousHash()
                  + " is not the hash of entry "
                  + lastSequence
                  + " ("
                  + lastHash
                  + ")");
    } else if (!entry.expectedHash().equals(entry.hash())) {
      broken =
          new Break(
              entry.sequence(),
              "altered: its content hashes to "
                  + entry.expectedHash()
                  + ", not to its stored hash "
                  + entry.hash());
    } else {
      checked++;
      lastSequence = entry.sequence();
      lastHash = entry.hash();
      return true;
    }
    return false;
  }

  /** Ends the check against the head the log claims: entries deleted at the end show here. */
  public Verification against(long headSequence, String headHash) {
    if (broken == null && (headSequence != lastSequence || !headHash.equals(lastHash))) {
      broken =
          new Break(
              lastSequence + 1,
              headSequence > lastSequence
                  ? "missing: the log's head is entry "
                      + headSequence
                      + " but the entries end at "
                      + lastSequence
                  : "the log's head (entry "
                      + headSequence
                      + ", "
                      + headHash
                      + ") is not its last entry");
    }
    return new Verification(checked, headSequence, headHash, Optional.ofNullable(broken));
  }
}
