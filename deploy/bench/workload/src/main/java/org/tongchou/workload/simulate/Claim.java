package org.tongchou.workload.simulate;

import java.time.LocalDate;

/**
 * A county's claim that the person lives there: from its arrival fact until (exclusive) the day a
 * {@code ResidenceEnded} of the same county names, or open (null).
 */
record Claim(SimFact arrival, LocalDate until) {

  String county() {
    return arrival.region();
  }

  LocalDate from() {
    return arrival.occurredOn();
  }

  boolean covers(LocalDate day) {
    return !day.isBefore(from()) && (until == null || day.isBefore(until));
  }

  Claim endedOn(LocalDate day) {
    return new Claim(arrival, day);
  }
}
