package org.tongchou.hub.replay.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which obligation changes can reach a replay's scratch of one division and period, judged on their
 * stored text before anything is bound: an opening due in the period that binds or is owed to the
 * division (what the scratch keeps), and any later change that binds or is owed to it (the scratch
 * drops those of obligations it does not hold). Binding is most of a replay's work, and most
 * changes of a long log concern other periods or divisions. Dates are ISO-8601 text, which compares
 * as the dates do; a missing value is never in the division nor in the period.
 *
 * @param subtree the division and every region under it
 * @param from the period's first day, as stored ({@code 2026-01-01})
 * @param to the period's last day, as stored
 */
public record RelevantChanges(Set<String> subtree, String from, String to) {

  /** The change tag of an opening, the only change that carries a due date. */
  public static final String OPENED = "opened";

  public static RelevantChanges of(Set<String> subtree, LocalDate from, LocalDate to) {
    return new RelevantChanges(Set.copyOf(subtree), from.toString(), to.toString());
  }

  /** Whether a change of kind {@code change} with these stored values can reach the scratch. */
  public boolean matter(String change, String responsible, String owed, String dueOn) {
    return concern(responsible, owed) && (!OPENED.equals(change) || dueWithin(dueOn));
  }

  /**
   * Whether an obligation binding {@code responsible} towards {@code owed} concerns the division.
   */
  public boolean concern(String responsible, String owed) {
    return responsible != null && subtree.contains(responsible)
        || owed != null && subtree.contains(owed);
  }

  public boolean dueWithin(String dueOn) {
    return dueOn != null && dueOn.compareTo(from) >= 0 && dueOn.compareTo(to) <= 0;
  }
}
