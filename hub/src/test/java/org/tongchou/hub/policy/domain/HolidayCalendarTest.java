package org.tongchou.hub.policy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.policy.app.ShippedPolicies;

class HolidayCalendarTest {

  final HolidayCalendar china = ShippedPolicies.calendars().get("CN");

  @Test
  void workingDaysSkipTheSpringFestivalAndCountTheSaturdayWorkedInItsPlace() {
    // 2026-02-14 (Saturday) is worked, 15-23 February are holidays.
    assertThat(china.addWorkingDays(LocalDate.of(2026, 2, 10), 7))
        .isEqualTo(LocalDate.of(2026, 2, 26));
  }

  @Test
  void theStartDayItselfNeverCounts() {
    assertThat(china.addWorkingDays(LocalDate.of(2026, 3, 2), 1))
        .isEqualTo(LocalDate.of(2026, 3, 3));
  }

  @Test
  void aYearTheCalendarDoesNotCoverCountsWeekendsOnly() {
    assertThat(china.covers(2031)).isFalse();
    // 2031-10-01 is a Wednesday: without a calendar for 2031 it is a working day.
    assertThat(china.isWorkingDay(LocalDate.of(2031, 10, 1))).isTrue();
    assertThat(china.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
  }
}
