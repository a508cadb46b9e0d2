package org.tongchou.verifier;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each person's hash chain as the export unrolls it, in log order. Only each person's last link is
 * kept: its hash, for the next event's previous hash, and its sequence, since a chain's events may
 * not skip or repeat a number (a full export) or go backwards (a partial one). The hash is kept as
 * a {@link Digest}.
 */
final class PersonChains {

  /**
   * @param hash a {@link Digest}, or the text when it is not one
   */
  private record Link(Object hash, long sequence) {}

  private final boolean full;
  private final Map<String, Link> last = new HashMap<>();

  /**
   * @param full whether the export holds every event (then each chain must start at its first)
   */
  PersonChains(boolean full) {
    this.full = full;
  }

  /** Takes the next event of its person; the problem with the link, or null. */
  String link(StoredEvent event) {
    Link before =
        last.put(
            event.personKey(), new Link(Digest.of(event.claimedHash()), event.personSequence()));
    if (before == null) {
      if (event.personSequence() == 1) {
        return Sha256.GENESIS.equals(event.previousHash())
            ? null
            : "the person's first event does not start the chain (previous hash is not 64 zeros)";
      }
      // A partial export may start anywhere in a person's stream; its audit path proves the event.
      return full ? "the person's events before #" + event.personSequence() + " are missing" : null;
    }
    if (event.personSequence() <= before.sequence()
        || full && event.personSequence() != before.sequence() + 1) {
      return "expected the person's event #"
          + (before.sequence() + 1)
          + " here, found #"
          + event.personSequence();
    }
    if (event.personSequence() != before.sequence() + 1) {
      // A partial export holds only the events of its scope (a region's feed skips what concerns
      // others); the event's audit path proves it, the gap is not a break.
      return null;
    }
    if (!Objects.equals(before.hash(), Digest.of(event.previousHash()))) {
      return "its previous hash is not the hash of the person's event #" + before.sequence();
    }
    return null;
  }

  int persons() {
    return last.size();
  }
}
