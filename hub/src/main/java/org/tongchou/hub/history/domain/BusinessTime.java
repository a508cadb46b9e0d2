package org.tongchou.hub.history.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Where one event of a person's stream lies on the business axis, beside its recorded day.
 *
 * @param kind what the record is
 * @param occurredOn the business day it is about: a fact's {@code occurredOn} (a correction's: the
 *     replacement's), for obligation changes the day of their cause (the causing fact's day, the
 *     deadline's day, or for an office's act the day it acted), for a reassignment the day the
 *     reassigned duty opened, for a conflict the first contested day
 * @param earlierOn a correction's: the business day of the record it corrects, when known; else
 *     null
 * @param refersTo a correction's corrected record key ({@code region/recordId}); a reassignment's
 *     obligation ids; else empty
 * @param recordedOn the day (in China) the hub recorded it
 */
public record BusinessTime(
    RecordKind kind,
    LocalDate occurredOn,
    LocalDate earlierOn,
    List<String> refersTo,
    LocalDate recordedOn) {

  public BusinessTime {
    refersTo = List.copyOf(refersTo);
  }

  /** Days between the business day and the recorded day: how late the hub learnt of it. */
  public long lateByDays() {
    return ChronoUnit.DAYS.between(earliest(), recordedOn);
  }

  /**
   * Whether it is about a day in {@code [from, to]} (either open when null): a correction is about
   * both its days.
   */
  public boolean isAbout(LocalDate from, LocalDate to) {
    return within(occurredOn, from, to) || earlierOn != null && within(earlierOn, from, to);
  }

  private LocalDate earliest() {
    return earlierOn != null && earlierOn.isBefore(occurredOn) ? earlierOn : occurredOn;
  }

  private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
    return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
  }
}
