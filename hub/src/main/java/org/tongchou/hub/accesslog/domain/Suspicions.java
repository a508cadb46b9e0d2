package org.tongchou.hub.accesslog.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The detection rules of docs/ACCESS.md ("Detection"), run over access-log entries in sequence
 * order. Each entry counts for at most one rule; the rules tally per credential and day (in the
 * offices' time zone), and a tally that reaches its rule's threshold is a {@link Finding}. Memory
 * stays bounded: per tally, at most {@link #SUBJECTS_KEPT} distinct subjects are remembered.
 *
 * <p>Two rules need more than the entry: {@link Rule#READ_AFTER_FIRST_FACT} is told, with each
 * entry, when the reader's own divisions first reported the persons it names (the hub's receipts
 * know; the log does not); {@link Rule#CONTESTED_ARRIVAL} reads the entry an owner's contest leaves
 * in the log ({@link #contestSubjects}) and is tallied for the division the arrival was reported
 * in, since the hub records which division pushed a fact, not which credential.
 */
public final class Suspicions {

  /** Distinct subjects remembered per tally; beyond it the count says "at least". */
  public static final int SUBJECTS_KEPT = 10_000;

  /** What an office should look at, in the order findings are listed. */
  public enum Rule {
    /** Reads refused for many distinct subjects: persons the reader is not entitled to. */
    REFUSED_READS,
    /** Facts refused as about persons the region is not entitled to, for many distinct persons. */
    PROBING,
    /**
     * A region read a person soon after its own first fact about them: the probe-then-read of issue
     * #12 (write something naming a number, then read what that opened).
     */
    READ_AFTER_FIRST_FACT,
    /** The hub metered a burst of refused facts (more than its threshold within a minute). */
    REFUSAL_BURST,
    /** The credential's daily quota of persons new to it was exhausted. */
    QUOTA_EXHAUSTED,
    /** The persons' owners contested arrivals reported in a division ("not our person"). */
    CONTESTED_ARRIVAL,
    /** A region or an office read personal data outside office hours. */
    OFF_HOURS
  }

  /**
   * The thresholds: distinct subjects of refused reads and of refused facts per credential and day;
   * how soon after a region's first fact about a person a read of them counts ({@code
   * firstFactWindow}) and for how many distinct persons a day it is flagged ({@code
   * firstFactPersons}); the office hours {@code [opens, closes)} in {@code zone}.
   */
  public record Settings(
      int refusedReadSubjects,
      int probedPersons,
      Duration firstFactWindow,
      int firstFactPersons,
      LocalTime opens,
      LocalTime closes,
      ZoneId zone) {

    /**
     * 10 refused reads, 20 probed persons, a read within a day of the first fact about one person,
     * 07:00 to 21:00 China time.
     */
    public static final Settings DEFAULTS =
        new Settings(
            10,
            20,
            Duration.ofHours(24),
            1,
            LocalTime.of(7, 0),
            LocalTime.of(21, 0),
            ZoneId.of("Asia/Shanghai"));
  }

  /** One rule met by one credential on one day. */
  public record Finding(
      Rule rule,
      String reader,
      String role,
      String jurisdiction,
      LocalDate day,
      long entries,
      long subjects,
      long firstSequence,
      long lastSequence,
      String description) {}

  private record Key(Rule rule, String reader, LocalDate day) {}

  /** Whom a finding is about: the reading credential, or for a contest the arrival's division. */
  private record Party(String reader, String role, String jurisdiction) {}

  /** The rule an entry counts for, whom for, and which of its subjects it counts. */
  private record Match(Rule rule, Party party, Collection<String> subjects) {}

  private static final class Tally {
    final AccessEntry first;
    final Party party;
    long entries;
    long last;
    final Set<String> subjects = new HashSet<>();

    Tally(AccessEntry first, Party party) {
      this.first = first;
      this.party = party;
    }
  }

  private final Settings settings;
  private final Map<Key, Tally> tallies = new LinkedHashMap<>();

  public Suspicions(Settings settings) {
    this.settings = settings;
  }

  /** Takes the next entry, about whose persons nothing else is known; always true. */
  public boolean accept(AccessEntry entry) {
    return accept(entry, Map.of());
  }

  /**
   * Takes the next entry; {@code firstReported} says, for those of its subjects that are persons
   * the reader's own divisions reported, when the first such fact was recorded (asked only for
   * entries {@link #asksFirstFacts} names). Always true, so that it can be a reader's sink.
   */
  public boolean accept(AccessEntry entry, Map<String, Instant> firstReported) {
    Match match = matchOf(entry, firstReported);
    if (match != null) {
      LocalDate day = entry.readAt().atZone(settings.zone()).toLocalDate();
      Tally tally =
          tallies.computeIfAbsent(
              new Key(match.rule(), match.party().reader(), day),
              k -> new Tally(entry, match.party()));
      tally.entries++;
      tally.last = entry.sequence();
      for (String subject : match.subjects()) {
        if (tally.subjects.size() >= SUBJECTS_KEPT) {
          break;
        }
        tally.subjects.add(subject);
      }
    }
    return true;
  }

  /** The tallies that reached their rule's threshold: by rule, then day, then first entry. */
  public List<Finding> findings() {
    List<Finding> found = new ArrayList<>();
    tallies.forEach(
        (key, tally) -> {
          if (reached(key.rule(), tally)) {
            found.add(finding(key, tally));
          }
        });
    found.sort(
        Comparator.comparing(Finding::rule)
            .thenComparing(Finding::day)
            .thenComparingLong(Finding::firstSequence));
    return found;
  }

  /**
   * Whether the rule of reads after a first fact needs to know when {@code entry}'s reader first
   * reported the persons it names: a region's read by hand of personal data, answered or refused (a
   * refused read after a write is the attack tried and stopped). Not its facts, its feed, nor its
   * acts on entitlements.
   */
  public static boolean asksFirstFacts(AccessEntry entry) {
    return entry.role().equals(REGION)
        && entry.jurisdiction() != null
        && (entry.refused() || entry.outcome().equals(AccessEntry.ANSWERED))
        && !entry.action().equals(SUBMIT)
        && !entry.action().equals(SUBSCRIBE)
        && !entry.action().startsWith(ENTITLEMENT_ACTS);
  }

  /**
   * The subjects of the entry an owner's contest of an arrival leaves in the log (action {@link
   * #CONTEST}): the person, the arrival's record key and the division it was reported in, so that
   * {@code --subject division:CODE} finds every contest of a division's arrivals.
   */
  public static List<String> contestSubjects(String personKey, String arrivalKey, String division) {
    return List.of(personKey, ARRIVAL + arrivalKey, DIVISION + division);
  }

  /** The action under which an owner's contest of an arrival is logged. */
  public static final String CONTEST = "EntitlementsService.ContestArrival";

  static final String ARRIVAL = "arrival:";
  static final String DIVISION = "division:";
  static final String REGION = "REGION";

  /** The one rule an entry counts for, or null. */
  Rule ruleOf(AccessEntry entry) {
    Match match = matchOf(entry, Map.of());
    return match == null ? null : match.rule();
  }

  private Match matchOf(AccessEntry entry, Map<String, Instant> firstReported) {
    String outcome = entry.outcome();
    Party reader = new Party(entry.reader(), entry.role(), entry.jurisdiction());
    if (outcome.equals(AccessEntry.REFUSED + "REFUSAL_BURST")) {
      return new Match(Rule.REFUSAL_BURST, reader, entry.subjects());
    }
    if (outcome.equals(AccessEntry.REFUSED + "QUOTA_EXHAUSTED")) {
      return new Match(Rule.QUOTA_EXHAUSTED, reader, entry.subjects());
    }
    if (entry.action().equals(CONTEST) && outcome.equals(AccessEntry.ANSWERED)) {
      return contested(entry);
    }
    // Before the refusal rules: a read refused just after the reader's own first fact is the
    // probe-then-read, whoever the person is; the refused-read tally needs ten persons.
    List<String> soonAfter = readSoonAfterFirstFact(entry, firstReported);
    if (!soonAfter.isEmpty()) {
      return new Match(Rule.READ_AFTER_FIRST_FACT, reader, soonAfter);
    }
    if (entry.refused()) {
      return new Match(
          entry.action().equals(SUBMIT) ? Rule.PROBING : Rule.REFUSED_READS,
          reader,
          entry.subjects());
    }
    boolean interactive =
        outcome.equals(AccessEntry.ANSWERED)
            && !entry.action().equals(SUBSCRIBE)
            && !entry.role().equals("AUDITOR");
    return interactive && offHours(entry)
        ? new Match(Rule.OFF_HOURS, reader, entry.subjects())
        : null;
  }

  /** The persons {@code entry} read within the window after the reader's first fact about them. */
  private List<String> readSoonAfterFirstFact(
      AccessEntry entry, Map<String, Instant> firstReported) {
    if (firstReported.isEmpty() || !asksFirstFacts(entry)) {
      return List.of();
    }
    List<String> persons = new ArrayList<>();
    for (String subject : entry.subjects()) {
      Instant first = firstReported.get(subject);
      if (first != null
          && !entry.readAt().isBefore(first)
          && !entry.readAt().isAfter(first.plus(settings.firstFactWindow()))) {
        persons.add(subject);
      }
    }
    return persons;
  }

  /** A contest, counted for the arrival's division, by the arrivals contested. */
  private static Match contested(AccessEntry entry) {
    String division = null;
    List<String> arrivals = new ArrayList<>();
    for (String subject : entry.subjects()) {
      if (subject.startsWith(DIVISION)) {
        division = subject.substring(DIVISION.length());
      } else if (subject.startsWith(ARRIVAL)) {
        arrivals.add(subject.substring(ARRIVAL.length()));
      }
    }
    return division == null
        ? null
        : new Match(Rule.CONTESTED_ARRIVAL, new Party(division, REGION, division), arrivals);
  }

  /** Submitting facts: its refusals name persons a region tried to write about. */
  static final String SUBMIT = "RegionSync.Submit";

  /** A feed: machines read it round the clock, so its opening and closing are not reads by hand. */
  static final String SUBSCRIBE = "RegionSync.Subscribe";

  /** Owners' and offices' acts on who may read a person: acts, not reads. */
  static final String ENTITLEMENT_ACTS = "EntitlementsService.";

  /** The window as an office writes it: {@code 24h}, {@code 30m}, or ISO-8601 beyond those. */
  private String window() {
    Duration w = settings.firstFactWindow();
    if (w.toSecondsPart() == 0 && w.toMinutesPart() == 0 && w.toHours() > 0) {
      return w.toHours() + "h";
    }
    return w.toSeconds() % 60 == 0 ? w.toMinutes() + "m" : w.toString();
  }

  private boolean offHours(AccessEntry entry) {
    LocalTime at = ZonedDateTime.ofInstant(entry.readAt(), settings.zone()).toLocalTime();
    return at.isBefore(settings.opens()) || !at.isBefore(settings.closes());
  }

  private boolean reached(Rule rule, Tally tally) {
    return switch (rule) {
      case REFUSED_READS -> tally.subjects.size() >= settings.refusedReadSubjects();
      case PROBING -> tally.subjects.size() >= settings.probedPersons();
      case READ_AFTER_FIRST_FACT -> tally.subjects.size() >= settings.firstFactPersons();
      case REFUSAL_BURST, QUOTA_EXHAUSTED, CONTESTED_ARRIVAL, OFF_HOURS -> tally.entries >= 1;
    };
  }

  private Finding finding(Key key, Tally tally) {
    long subjects = tally.subjects.size();
    String many = subjects >= SUBJECTS_KEPT ? "at least " + subjects : String.valueOf(subjects);
    String description =
        switch (key.rule()) {
          case REFUSED_READS ->
              "reads refused about "
                  + many
                  + " distinct subjects (persons it is not entitled to, or unknown), in "
                  + tally.entries
                  + " entries";
          case PROBING ->
              "facts refused about "
                  + many
                  + " distinct persons it is not entitled to, in "
                  + tally.entries
                  + " batches: ID numbers being tried?";
          case READ_AFTER_FIRST_FACT ->
              "read "
                  + many
                  + (subjects == 1 ? " person" : " distinct persons")
                  + " within "
                  + window()
                  + " of its own first fact about them, in "
                  + tally.entries
                  + " reads: a fact written to open a person's record?";
          case REFUSAL_BURST ->
              tally.entries + " bursts of refused facts (the hub's per-minute threshold)";
          case QUOTA_EXHAUSTED ->
              "its daily quota of new persons was exhausted ("
                  + tally.entries
                  + " batches refused)";
          case CONTESTED_ARRIVAL ->
              many
                  + (subjects == 1 ? " arrival" : " arrivals")
                  + " reported in "
                  + key.reader()
                  + " contested by the persons' owners ("
                  + tally.entries
                  + " contests): an impostor, or a wrong ID number? The office over both rules";
          case OFF_HOURS ->
              tally.entries
                  + " reads outside office hours ("
                  + settings.opens()
                  + " to "
                  + settings.closes()
                  + "), about "
                  + many
                  + " subjects";
        };
    AccessEntry first = tally.first;
    return new Finding(
        key.rule(),
        key.reader(),
        tally.party.role(),
        tally.party.jurisdiction(),
        key.day(),
        tally.entries,
        subjects,
        first.sequence(),
        tally.last,
        description);
  }
}
