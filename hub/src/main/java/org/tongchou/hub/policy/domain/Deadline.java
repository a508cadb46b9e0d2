package org.tongchou.hub.policy.domain;

import java.time.LocalDate;

/**
 * When an obligation falls due: {@code days} calendar days or {@code workingDays} working days
 * after its start (the opening fact's date, or the child's birth date when {@code from} is {@code
 * child.bornOn}), or the last day of its period when {@code periodEnd} is set.
 */
public record Deadline(Integer days, Integer workingDays, String from, Boolean periodEnd) {

  /**
   * The start that {@code from} names: the opening fact's business date unless the child's birth
   * date.
   */
  public static final String FROM_CHILD_BIRTH = "child.bornOn";

  public boolean countsFromChildBirth() {
    return FROM_CHILD_BIRTH.equals(from);
  }

  public boolean isPeriodEnd() {
    return Boolean.TRUE.equals(periodEnd);
  }

  /** The due date for a duty starting on {@code start}; a period-end deadline needs the period. */
  public LocalDate dueAfter(LocalDate start, HolidayCalendar calendar) {
    if (workingDays != null) {
      return calendar.addWorkingDays(start, workingDays);
    }
    return start.plusDays(days);
  }
}
