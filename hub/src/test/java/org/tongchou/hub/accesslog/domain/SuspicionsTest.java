package org.tongchou.hub.accesslog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tongchou.hub.accesslog.domain.Suspicions.Finding;
import org.tongchou.hub.accesslog.domain.Suspicions.Rule;

class SuspicionsTest {

  /** 10:00 in China (UTC+8): office hours. */
  static final Instant MORNING = Instant.parse("2026-11-30T02:00:00Z");

  /** 23:30 in China: after hours, still 30 November there. */
  static final Instant NIGHT = Instant.parse("2026-11-30T15:30:00Z");

  final Suspicions rules = new Suspicions(Suspicions.Settings.DEFAULTS);
  long sequence;

  AccessEntry entry(
      Instant at, String reader, String role, String action, String outcome, String... subjects) {
    return new AccessEntry(
        ++sequence,
        at.plusMillis(sequence),
        reader,
        role,
        role.equals("AUDITOR") ? null : "320200",
        action,
        List.of(subjects),
        null,
        outcome,
        "0".repeat(64),
        null);
  }

  void given(AccessEntry... entries) {
    for (AccessEntry e : entries) {
      rules.accept(e);
    }
  }

  void timelineRefused(String reader, int persons) {
    for (int i = 0; i < persons; i++) {
      given(
          entry(
              MORNING,
              reader,
              "REGION",
              "Persons.GetTimeline",
              "refused:PERSON_NOT_FOUND",
              "person-" + i));
    }
  }

  @Test
  void aRegionReadingTenPersonsItIsNotEntitledToInADayIsFlagged() {
    timelineRefused("wuxi", 10);

    assertThat(rules.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.REFUSED_READS);
              assertThat(f.reader()).isEqualTo("wuxi");
              assertThat(f.day()).isEqualTo(LocalDate.of(2026, 11, 30));
              assertThat(f.entries()).isEqualTo(10);
              assertThat(f.subjects()).isEqualTo(10);
              assertThat(f.firstSequence()).isEqualTo(1);
              assertThat(f.lastSequence()).isEqualTo(10);
            });
  }

  @Test
  void nineRefusedReadsOrTheSamePersonReadAgainAndAgainAreNotFlagged() {
    timelineRefused("wuxi", 9);
    for (int i = 0; i < 30; i++) {
      given(
          entry(
              MORNING,
              "suzhou",
              "REGION",
              "Persons.GetTimeline",
              "refused:PERSON_NOT_FOUND",
              "one-person"));
    }

    assertThat(rules.findings()).isEmpty();
  }

  @Test
  void refusedReadsCountPerCredentialAndPerDay() {
    timelineRefused("wuxi", 5);
    timelineRefused("suzhou", 5);
    for (int i = 0; i < 5; i++) {
      given(
          entry(
              MORNING.plusSeconds(86_400),
              "wuxi",
              "REGION",
              "Persons.GetTimeline",
              "refused:PERSON_NOT_FOUND",
              "person-" + (100 + i)));
    }

    assertThat(rules.findings()).isEmpty();
  }

  @Test
  void factsRefusedAboutTwentyPersonsTheRegionIsNotEntitledToAreProbing() {
    String[] persons = new String[20];
    for (int i = 0; i < 20; i++) {
      persons[i] = "person-" + i;
    }
    given(entry(MORNING, "wuxi", "REGION", "RegionSync.Submit", "refused:NOT_ENTITLED", persons));

    assertThat(rules.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.PROBING);
              assertThat(f.entries()).isEqualTo(1);
              assertThat(f.subjects()).isEqualTo(20);
            });
  }

  @Test
  void everyRefusalBurstAndQuotaHitIsFlaggedOncePerCredentialAndDay() {
    given(
        entry(MORNING, "wuxi", "REGION", "RegionSync.Submit", "refused:REFUSAL_BURST"),
        entry(MORNING, "wuxi", "REGION", "RegionSync.Submit", "refused:REFUSAL_BURST"),
        entry(MORNING, "wuxi", "REGION", "RegionSync.Submit", "refused:QUOTA_EXHAUSTED"));

    assertThat(rules.findings())
        .extracting(Finding::rule, Finding::entries)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Rule.REFUSAL_BURST, 2L),
            org.assertj.core.groups.Tuple.tuple(Rule.QUOTA_EXHAUSTED, 1L));
  }

  @Test
  void aRegionReadingAPersonAtNightIsFlaggedButNotItsFeedNorAnAuditor() {
    given(
        entry(NIGHT, "wuxi", "REGION", "Persons.GetTimeline", "answered", "person-1"),
        entry(
            NIGHT, "wuxi", "REGION", "RegionSync.Subscribe", "delivered", "feed:320200 page 1..1"),
        entry(NIGHT, "wuxi", "REGION", "RegionSync.Subscribe", "answered", "feed:320200 after 0"),
        entry(NIGHT, "li", "AUDITOR", "History.GetPersonHistory", "answered", "person-1"),
        entry(MORNING, "suzhou", "REGION", "Persons.GetTimeline", "answered", "person-1"));

    assertThat(rules.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.OFF_HOURS);
              assertThat(f.reader()).isEqualTo("wuxi");
              assertThat(f.entries()).isEqualTo(1);
              assertThat(f.day()).isEqualTo(LocalDate.of(2026, 11, 30));
            });
  }

  @Test
  void findingsAreListedByRuleThenDay() {
    given(entry(NIGHT, "wuxi", "REGION", "Persons.GetTimeline", "answered", "person-1"));
    timelineRefused("suzhou", 10);
    given(entry(MORNING, "wuxi", "REGION", "RegionSync.Submit", "refused:QUOTA_EXHAUSTED"));

    assertThat(rules.findings())
        .extracting(Finding::rule)
        .containsExactly(Rule.REFUSED_READS, Rule.QUOTA_EXHAUSTED, Rule.OFF_HOURS);
  }

  // Reads soon after the reader's own first fact about a person (the probe-then-read).

  /** A region's timeline read of {@code person} at {@code at}, with its outcome. */
  AccessEntry timeline(Instant at, String reader, String outcome, String person) {
    return entry(at, reader, "REGION", "Persons.GetTimeline", outcome, person);
  }

  /** The reader's first fact about person-1 was recorded at 10:00 China time. */
  static final Map<String, Instant> FIRST_FACT_AT_MORNING = Map.of("person-1", MORNING);

  @Test
  void aRegionReadingAPersonMinutesAfterItsOwnFirstFactAboutThemIsFlagged() {
    rules.accept(
        timeline(MORNING.plus(Duration.ofMinutes(5)), "suzhou", "answered", "person-1"),
        FIRST_FACT_AT_MORNING);

    assertThat(rules.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.READ_AFTER_FIRST_FACT);
              assertThat(f.reader()).isEqualTo("suzhou");
              assertThat(f.role()).isEqualTo("REGION");
              assertThat(f.jurisdiction()).isEqualTo("320200");
              assertThat(f.subjects()).isEqualTo(1);
              assertThat(f.description()).contains("within 24h of its own first fact");
            });
  }

  @Test
  void aReadRefusedAfterTheReadersFirstFactIsTheProbeThenReadNotARefusedRead() {
    rules.accept(
        timeline(MORNING.plusSeconds(2), "suzhou", "refused:PERSON_NOT_FOUND", "person-1"),
        FIRST_FACT_AT_MORNING);

    assertThat(rules.findings())
        .extracting(Finding::rule)
        .containsExactly(Rule.READ_AFTER_FIRST_FACT);
  }

  @Test
  void aReadLongAfterTheFirstFactOrBeforeItIsNotFlagged() {
    rules.accept(
        timeline(MORNING.plus(Duration.ofDays(3)), "wuxi", "answered", "person-1"),
        FIRST_FACT_AT_MORNING);
    rules.accept(
        timeline(MORNING.minus(Duration.ofHours(1)), "wuxi", "answered", "person-1"),
        FIRST_FACT_AT_MORNING);

    assertThat(rules.findings()).isEmpty();
  }

  @Test
  void aReadOfAPersonTheReaderNeverReportedIsNotFlagged() {
    rules.accept(
        timeline(MORNING.plusSeconds(60), "henan", "answered", "p-9"), FIRST_FACT_AT_MORNING);

    assertThat(rules.findings()).isEmpty();
  }

  @Test
  void theFeedTheFactsAndAnOfficesReadsAfterAFirstFactAreNotReadsByHandOfTheReporter() {
    AccessEntry delivered =
        entry(
            MORNING.plusSeconds(1),
            "suzhou",
            "REGION",
            "RegionSync.Subscribe",
            "delivered",
            "feed:320200 page 1..1",
            "person-1");
    AccessEntry office =
        entry(
            MORNING.plusSeconds(1),
            "jiangsu",
            "OFFICE",
            "Persons.GetTimeline",
            "answered",
            "person-1");

    assertThat(Suspicions.asksFirstFacts(delivered)).isFalse();
    assertThat(Suspicions.asksFirstFacts(office)).isFalse();
    rules.accept(delivered, FIRST_FACT_AT_MORNING);
    rules.accept(office, FIRST_FACT_AT_MORNING);
    assertThat(rules.findings()).isEmpty();
  }

  @Test
  void theWindowAndHowManyPersonsAreSettings() {
    Suspicions strict =
        new Suspicions(
            new Suspicions.Settings(
                10,
                20,
                Duration.ofMinutes(10),
                2,
                Suspicions.Settings.DEFAULTS.opens(),
                Suspicions.Settings.DEFAULTS.closes(),
                Suspicions.Settings.DEFAULTS.zone()));
    Map<String, Instant> firsts = Map.of("person-1", MORNING, "person-2", MORNING);

    strict.accept(timeline(MORNING.plusSeconds(60), "suzhou", "answered", "person-1"), firsts);
    strict.accept(
        timeline(MORNING.plus(Duration.ofMinutes(11)), "suzhou", "answered", "person-2"), firsts);
    assertThat(strict.findings()).as("one person within 10 minutes, one after").isEmpty();

    strict.accept(timeline(MORNING.plusSeconds(120), "suzhou", "answered", "person-2"), firsts);
    assertThat(strict.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.description()).contains("within 10m"));
  }

  // Contested arrivals.

  AccessEntry contest(String owner, String person, String arrivalKey, String division) {
    return entry(
        MORNING,
        owner,
        "REGION",
        Suspicions.CONTEST,
        "answered",
        Suspicions.contestSubjects(person, arrivalKey, division).toArray(String[]::new));
  }

  @Test
  void contestedArrivalsAreListedForTheDivisionTheyWereReportedInNotForTheOwner() {
    given(
        contest("henan", "person-1", "320508/A-1", "320508"),
        contest("henan", "person-2", "320508/A-2", "320508"),
        contest("beijing", "person-3", "320211/B-7", "320211"));

    assertThat(rules.findings())
        .extracting(Finding::rule, Finding::reader, Finding::jurisdiction, Finding::subjects)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(Rule.CONTESTED_ARRIVAL, "320508", "320508", 2L),
            org.assertj.core.groups.Tuple.tuple(Rule.CONTESTED_ARRIVAL, "320211", "320211", 1L));
    assertThat(rules.findings())
        .allSatisfy(f -> assertThat(f.description()).contains("contested by the persons' owners"));
  }

  @Test
  void aRefusedContestIsNoContestedArrival() {
    given(
        entry(
            MORNING,
            "suzhou",
            "REGION",
            Suspicions.CONTEST,
            "refused:NOT_OWNER",
            Suspicions.contestSubjects("person-1", "320211/A-1", "320211").toArray(String[]::new)));

    assertThat(rules.findings()).extracting(Finding::rule).doesNotContain(Rule.CONTESTED_ARRIVAL);
  }

  @Test
  void theNewRulesAreListedInTheirPlaceAmongTheOthers() {
    given(timeline(NIGHT, "wuxi", "answered", "person-9"));
    given(contest("henan", "person-1", "320508/A-1", "320508"));
    given(entry(MORNING, "wuxi", "REGION", "RegionSync.Submit", "refused:QUOTA_EXHAUSTED"));
    rules.accept(
        timeline(MORNING.plusSeconds(9), "suzhou", "answered", "person-1"), FIRST_FACT_AT_MORNING);

    assertThat(rules.findings())
        .extracting(Finding::rule)
        .containsExactly(
            Rule.READ_AFTER_FIRST_FACT,
            Rule.QUOTA_EXHAUSTED,
            Rule.CONTESTED_ARRIVAL,
            Rule.OFF_HOURS);
  }
}
