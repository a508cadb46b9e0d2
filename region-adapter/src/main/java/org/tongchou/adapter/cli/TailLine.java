package org.tongchou.adapter.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.tongchou.adapter.hub.FeedEntry;

/**
 * One feed entry as a line of {@code tail} output: position and kind first, then what an operator
 * scans for. Dates come where a fact's occurredOn stands, so that columns line up by eye.
 */
final class TailLine {

  // Enough to tell persons apart on a screen; the whole key is in the hub's timeline.
  private static final int KEY_PREFIX = 12;

  /**
   * The kinds {@code --kind} selects: every {@link FeedEntry#kind} but {@code checkpoint} (always
   * shown) and {@code unknown}.
   */
  static final List<String> KINDS =
      List.of("fact", "conflict", "obligation", "identity", "signed-checkpoint");

  /** {@link #KINDS} for picocli, which takes a class: {@code --kind}'s help lists them. */
  static final class Kinds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return KINDS.iterator();
    }
  }

  private TailLine() {}

  /**
   * Whether {@code --kind} lets the entry through: every kind when none is named; checkpoints
   * always.
   */
  static boolean isShown(FeedEntry entry, Set<String> kinds) {
    if (kinds == null || kinds.isEmpty() || entry instanceof FeedEntry.Checkpoint) {
      return true;
    }
    return kinds.contains(entry.kind());
  }

  static String of(FeedEntry entry) {
    if (entry instanceof FeedEntry.Fact f) {
      String type = f.type().isEmpty() ? "(type unknown to this adapter)" : f.type();
      return head(f)
          + f.occurredOn()
          + "  "
          + f.region()
          + "  "
          + type
          + "  "
          + f.recordId()
          + "  person "
          + prefix(f.personKey());
    }
    if (entry instanceof FeedEntry.Conflict c) {
      return head(c)
          + c.overlapFrom()
          + "  "
          + c.claimedRegion()
          + " overlaps "
          + c.existingRegion()
          + "  provisionally "
          + c.provisionalRegion()
          + "  person "
          + prefix(c.personKey());
    }
    if (entry instanceof FeedEntry.Checkpoint c) {
      return head(c) + "hub time " + c.hubTime();
    }
    if (entry instanceof FeedEntry.SignedCheckpoint s) {
      return head(s)
          + "signed checkpoint "
          + s.sequence()
          + " up to "
          + s.toPosition()
          + "  hash "
          + prefix(s.hash())
          + "  key "
          + prefix(s.keyId());
    }
    if (entry instanceof FeedEntry.Identity i) {
      return head(i)
          + i.change()
          + "  "
          + prefix(i.aliasKey())
          + " into "
          + prefix(i.primaryKey())
          + "  person "
          + prefix(i.personKey());
    }
    if (entry instanceof FeedEntry.Obligation o) {
      return String.join("\n", linesOf(o));
    }
    if (entry instanceof FeedEntry.Access a) {
      return head(a) + a.change() + "  " + a.subject() + "  person " + prefix(a.personKey());
    }
    return head(entry) + "(an item kind this adapter does not know: upgrade it)";
  }

  /**
   * An obligation item's lines, one per change: an arrival reported late can bring a dozen duties
   * in one item. {@code explain} lists them too, each under its receipt.
   */
  static List<String> linesOf(FeedEntry.Obligation o) {
    List<String> lines = new ArrayList<>();
    for (FeedEntry.Obligation.Change c : o.changes()) {
      String due = c.dueOn().isEmpty() ? "" : "  due " + c.dueOn();
      lines.add(
          head(o)
              + c.status()
              + "  "
              + c.obligationId()
              + "  "
              + c.responsibleRegion()
              + " owes "
              + c.owedRegion()
              + due
              + "  ("
              + c.change()
              + ", "
              + o.cause()
              + ")  person "
              + prefix(o.personKey()));
    }
    return lines;
  }

  /**
   * Whether the entry counts towards {@code --count}: a kind {@code --kind} selects, no checkpoint
   * or unknown item.
   */
  static boolean counts(FeedEntry entry) {
    return KINDS.contains(entry.kind());
  }

  /** Position and kind, which every line starts with. */
  private static String head(FeedEntry entry) {
    return entry.position() + "  " + entry.kind() + "  ";
  }

  private static String prefix(String key) {
    return key.substring(0, Math.min(KEY_PREFIX, key.length()));
  }
}
