package org.tongchou.hub.obligation.domain;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * Where an obligation stands (DOMAIN.md, "Obligations"). Met and overdue follow from business
 * dates, so a late report can still move an overdue obligation to met; waived and reassigned are
 * final; withdrawn means the facts no longer open it (its opening record was corrected away).
 */
public enum ObligationStatus {
  @JsonProperty("open")
  OPEN,
  @JsonProperty("due-soon")
  DUE_SOON,
  @JsonProperty("met-on-time")
  MET_ON_TIME,
  @JsonProperty("met-late")
  MET_LATE,
  @JsonProperty("overdue")
  OVERDUE,
  @JsonProperty("waived")
  WAIVED,
  @JsonProperty("reassigned")
  REASSIGNED,
  @JsonProperty("withdrawn")
  WITHDRAWN;

  /** The word in policies, CSV files and on the wire: {@code met-on-time}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The status a {@link #word()} names, as the read models store it. */
  public static ObligationStatus ofWord(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** Never changes again for this obligation. */
  public boolean isFinal() {
    return this == WAIVED || this == REASSIGNED;
  }

  /** Still waiting for its evidence or its due date. */
  public boolean isPending() {
    return this == OPEN || this == DUE_SOON;
  }

  /**
   * Out of play: final, or withdrawn because the facts no longer open it. Such an obligation is in
   * no rate, cannot be disputed or re-evaluated, and is left alone by reconciliation.
   */
  public boolean isClosed() {
    return isFinal() || this == WITHDRAWN;
  }
}
