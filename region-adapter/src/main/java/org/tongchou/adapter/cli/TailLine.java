package org.tongchou.adapter.cli;

import org.tongchou.adapter.hub.FeedEntry;

/**
 * One feed entry as a line of {@code tail} output: position and kind first, then what an operator
 * scans for. Dates come where a fact's occurredOn stands, so that columns line up by eye.
 */
final class TailLine {

  // Enough to tell persons apart on a screen; the whole key is in the hub's timeline.
  private static final int KEY_PREFIX = 12;

  /** The kinds {@code --kind} selects. */
  static final java.util.List<String> KINDS = java.util.List.of("fact", "conflict", "obligation", "identity");

  private TailLine() {}

  /** Whether {@code --kind} lets the entry through: every kind when none is named; checkpoints always. */
  static boolean isShown(FeedEntry entry, java.util.Set<String> kinds) {
    if (kinds == null || kinds.isEmpty() || entry instanceof FeedEntry.Checkpoint) {
      return true;
    }
    String kind = entry instanceof FeedEntry.Fact ? "fact" : entry instanceof FeedEntry.Conflict ? "conflict"
        : entry instanceof FeedEntry.Obligation ? "obligation" : entry instanceof FeedEntry.Identity ? "identity"
        : "unknown";
    return kinds.contains(kind);
  }

  static String of(FeedEntry entry) {
    if (entry instanceof FeedEntry.Fact f) {
      String type = f.type().isEmpty() ? "(type unknown to this adapter)" : f.type();
      return f.position() + "  fact  " + f.occurredOn() + "  " + f.region() + "  " + type + "  " + f.recordId()
          + "  person " + prefix(f.personKey());
    }
    if (entry instanceof FeedEntry.Conflict c) {
      return c.position() + "  conflict  " + c.overlapFrom() + "  " + c.claimedRegion() + " overlaps " + c.existingRegion()
          + "  provisionally " + c.provisionalRegion() + "  person " + prefix(c.personKey());
    }
    if (entry instanceof FeedEntry.Checkpoint c) {
      return c.position() + "  checkpoint  hub time " + c.hubTime();
    }
    if (entry instanceof FeedEntry.Identity i) {
      return i.position() + "  identity  " + i.change() + "  " + prefix(i.aliasKey()) + " into " + prefix(i.primaryKey())
          + "  person " + prefix(i.personKey());
    }
    if (entry instanceof FeedEntry.Obligation o) {
      // One line per change: an arrival reported late can bring a dozen duties in one item.
      StringBuilder lines = new StringBuilder();
      for (FeedEntry.Obligation.Change c : o.changes()) {
        String due = c.dueOn().isEmpty() ? "" : "  due " + c.dueOn();
        lines.append(lines.length() == 0 ? "" : "\n").append(o.position()).append("  obligation  ").append(c.status())
            .append("  ").append(c.obligationId()).append("  ").append(c.responsibleRegion()).append(" owes ")
            .append(c.owedRegion()).append(due).append("  (").append(c.change()).append(", ").append(o.cause())
            .append(")  person ").append(prefix(o.personKey()));
      }
      return lines.toString();
    }
    return entry.position() + "  unknown  (an item kind this adapter does not know: upgrade it)";
  }

  /** Whether the entry counts towards {@code --count}: facts, conflicts and obligations, not checkpoints. */
  static boolean counts(FeedEntry entry) {
    return entry instanceof FeedEntry.Fact || entry instanceof FeedEntry.Conflict
        || entry instanceof FeedEntry.Obligation || entry instanceof FeedEntry.Identity;
  }

  private static String prefix(String key) {
    return key.substring(0, Math.min(KEY_PREFIX, key.length()));
  }
}
