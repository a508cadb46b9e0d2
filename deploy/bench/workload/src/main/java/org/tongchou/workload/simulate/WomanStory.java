package org.tongchou.workload.simulate;

import java.time.LocalDate;

/**
 * What happens around a woman's arrival: her certificate (婚育证明) from the registration county, its
 * check by the residence county, a verification request (协查) and its answer, and perhaps a birth
 * and its acknowledgement; each on time, late or never, at the simulation's rates.
 */
final class WomanStory {

  private final Stay stay;
  private final PersonFacts facts;
  private final Draws draws;
  private final Rates rates;
  private final LocalDate lastDay;

  WomanStory(Stay stay, PersonFacts facts, Draws draws, Rates rates, LocalDate lastDay) {
    this.stay = stay;
    this.facts = facts;
    this.draws = draws;
    this.rates = rates;
    this.lastDay = lastDay;
  }

  void tell() {
    certificate();
    LocalDate asked = stay.arrival().plusDays(3);
    facts
        .add(
            "VerificationRequested",
            stay.residence(),
            asked,
            "topic",
            "marital_status",
            "urgent",
            false)
        .ifPresent(
            request -> {
              if (!draws.chance(rates.unanswered())) {
                answer(
                    request,
                    draws.chance(rates.late()) ? draws.between(31, 45) : draws.between(1, 30));
              }
            });
    if (draws.chance(rates.birth())) {
      birth();
    }
  }

  private void certificate() {
    // Half the unanswered rate: the registration county that never answers often issued nothing
    // either.
    boolean issued = !draws.chance(rates.unanswered() / 2);
    String number = "HY-" + stay.registration() + "-" + stay.person().idNumber().substring(6, 17);
    if (issued) {
      LocalDate on = stay.arrival().minusDays(10);
      facts.add(
          "CertificateIssued",
          stay.registration(),
          on,
          "certificateNumber",
          number,
          "validUntil",
          on.plusYears(3),
          "maritalStatus",
          "married",
          "children",
          0);
    }
    int days = draws.chance(rates.late()) ? draws.between(31, 60) : draws.between(1, 30);
    LocalDate checked = stay.arrival().plusDays(days);
    if (issued) {
      facts.add(
          "CertificateVerified",
          stay.residence(),
          checked,
          "certificateNumber",
          number,
          "result",
          "valid");
    } else {
      facts.add("CertificateVerified", stay.residence(), checked, "result", "missing");
    }
  }

  private void birth() {
    LocalDate earliest = stay.arrival().plusDays(40);
    LocalDate latest = lastDay.minusDays(10); // registered ten days after, within the range
    if (earliest.isAfter(latest)) {
      return;
    }
    LocalDate bornOn = draws.dayIn(earliest, latest);
    String sex = draws.between(1, 100) <= 52 ? "M" : "F"; // about 108 boys per 100 girls
    facts
        .add(
            "BirthRegistered",
            stay.residence(),
            bornOn.plusDays(10),
            "child",
            PersonFacts.map("sex", sex, "bornOn", bornOn, "birthOrder", 1))
        .ifPresent(
            birth -> {
              if (!draws.chance(rates.unanswered())) {
                answer(birth, draws.between(1, 30));
              }
            });
  }

  /**
   * The registration county answers a request, or acknowledges a birth notice, {@code days} later.
   */
  private void answer(SimFact asked, int days) {
    facts.add(
        "VerificationAnswered",
        stay.registration(),
        asked.occurredOn().plusDays(days),
        "requestRecordId",
        asked.recordId(),
        "requestRegion",
        asked.region(),
        "answer",
        "confirmed");
  }
}
