package org.tongchou.hub.sync.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.tongchou.hub.kernel.BusinessDates;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.app.PersonLinks;
import org.tongchou.hub.person.domain.FactValidator;
import org.tongchou.hub.person.domain.PersonKeys;
import org.tongchou.hub.person.domain.ValidatedFact;
import org.tongchou.hub.person.domain.fact.ReportedFact;
import org.tongchou.hub.platform.jdbc.LostRaces;
import org.tongchou.hub.sync.domain.SubmitOutcome;

/**
 * Takes a batch of facts from one region and answers one outcome per fact, in order. Stateless
 * checks and idempotence come first; what remains is recorded by {@link BatchRecorder} in one
 * transaction, so a batch is all-or-nothing for the store while each fact gets its own outcome.
 */
@Service
public class FactIngest {

  /** Business dates are judged in China's time zone, whatever the server's zone. */
  public static final ZoneId BUSINESS_ZONE = BusinessDates.ZONE;

  private static final int ATTEMPTS = 3;
  private static final Logger LOG = LoggerFactory.getLogger(FactIngest.class);

  private final FactValidator validator;
  private final PersonKeys keys;
  private final Clock clock;
  private final ReceiptStore receipts;
  private final BatchRecorder recorder;
  private final PersonLinks links;
  private final PersonIndex index;

  FactIngest(
      FactValidator validator,
      PersonKeys keys,
      PersonIndex index,
      Clock clock,
      ReceiptStore receipts,
      BatchRecorder recorder,
      PersonLinks links) {
    this.links = links;
    this.index = index;
    this.validator = validator;
    this.keys = keys;
    this.clock = clock;
    this.receipts = receipts;
    this.recorder = recorder;
  }

  /** A live batch. */
  public List<SubmitOutcome> submit(String jurisdiction, List<ReportedFact> facts) {
    return submit(jurisdiction, facts, false);
  }

  /**
   * A batch; {@code imported} when it is part of an import of the region's history, which is
   * recorded exactly alike and only marked so on the feed.
   */
  public List<SubmitOutcome> submit(
      String jurisdiction, List<ReportedFact> facts, boolean imported) {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(jurisdiction, facts, imported);
      } catch (RuntimeException e) {
        // Another stream, or another hub node, recorded the same key or person at the same
        // moment, or since this node cached the person (LostRaces): nothing of this batch
        // was stored, and the next attempt sees what the other wrote.
        if (attempt == ATTEMPTS || !LostRaces.isLostRace(e)) {
          throw e;
        }
        LOG.info(
            "batch of {} facts from {} raced another writer ({}); retrying",
            facts.size(),
            jurisdiction,
            e.getClass().getSimpleName());
      }
    }
  }

  /** A linked ID number's facts go to the person it is linked into (one look-up per batch). */
  private List<Candidate> recordedUnderPrimaries(List<Candidate> candidates) {
    Map<String, String> primaries =
        links.primariesOf(candidates.stream().map(Candidate::personKey).distinct().toList());
    if (primaries.isEmpty()) {
      return candidates;
    }
    return candidates.stream()
        .map(
            c ->
                primaries.containsKey(c.personKey())
                    ? new Candidate(
                        c.index(),
                        c.fact(),
                        primaries.get(c.personKey()),
                        c.childKey(),
                        c.fingerprint())
                    : c)
        .collect(Collectors.toCollection(ArrayList::new));
  }

  private List<SubmitOutcome> attempt(
      String jurisdiction, List<ReportedFact> facts, boolean imported) {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SubmitOutcome[] outcomes = new SubmitOutcome[facts.size()];
    List<ValidatedFact> valid = new ArrayList<>();
    List<Integer> validAt = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      FactValidator.Result result = validator.validate(facts.get(i), jurisdiction, today);
      if (result instanceof FactValidator.Invalid invalid) {
        outcomes[i] = SubmitOutcome.refused(invalid.refusal());
      } else {
        valid.add(((FactValidator.Valid) result).fact());
        validAt.add(i);
      }
    }
    // One look-up in the person index for the whole batch; numbers it does not know get new
    // random keys, recorded with the persons' first events.
    PersonIndex.Resolved keysByNumber =
        index.resolve(
            valid.stream()
                .flatMap(v -> java.util.stream.Stream.of(v.idNumber(), v.childIdNumber()))
                .filter(java.util.Objects::nonNull)
                .toList());
    List<Candidate> candidates = new ArrayList<>();
    for (int n = 0; n < valid.size(); n++) {
      ValidatedFact v = valid.get(n);
      candidates.add(
          new Candidate(
              validAt.get(n),
              v,
              keysByNumber.keyOf(v.idNumber()),
              v.childIdNumber() == null ? null : keysByNumber.keyOf(v.childIdNumber()),
              keys.fingerprint(CanonicalJson.bytes(facts.get(validAt.get(n))))));
    }
    candidates = recordedUnderPrimaries(candidates);
    Map<ReceiptKey, StoredReceipt> earlier =
        receipts.find(candidates.stream().map(Candidate::key).toList());
    Map<ReceiptKey, Candidate> firstInBatch = new HashMap<>();
    List<Candidate> toRecord = new ArrayList<>();
    List<Candidate> repeats = new ArrayList<>();
    for (Candidate candidate : candidates) {
      StoredReceipt stored = earlier.get(candidate.key());
      if (stored != null) {
        outcomes[candidate.index()] =
            stored.fingerprint().equals(candidate.fingerprint())
                ? SubmitOutcome.duplicate(stored.shown())
                : SubmitOutcome.conflicting(stored.shown());
      } else if (firstInBatch.putIfAbsent(candidate.key(), candidate) != null) {
        repeats.add(candidate);
      } else {
        toRecord.add(candidate);
      }
    }
    recorder
        .record(toRecord, jurisdiction, now, keysByNumber.fresh(), imported)
        .forEach((index, outcome) -> outcomes[index] = outcome);
    for (Candidate repeat : repeats) {
      Candidate first = firstInBatch.get(repeat.key());
      outcomes[repeat.index()] =
          RepeatInBatch.outcome(
              outcomes[first.index()], first.fingerprint().equals(repeat.fingerprint()));
    }
    return List.of(outcomes);
  }
}
