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
import org.tongchou.hub.person.app.PersonLinks;
import org.tongchou.hub.person.domain.FactValidator;
import org.tongchou.hub.person.domain.PersonKeys;
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

  FactIngest(
      FactValidator validator,
      PersonKeys keys,
      Clock clock,
      ReceiptStore receipts,
      BatchRecorder recorder,
      PersonLinks links) {
    this.links = links;
    this.validator = validator;
    this.keys = keys;
    this.clock = clock;
    this.receipts = receipts;
    this.recorder = recorder;
  }

  public List<SubmitOutcome> submit(String jurisdiction, List<ReportedFact> facts) {
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(jurisdiction, facts);
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

  private List<SubmitOutcome> attempt(String jurisdiction, List<ReportedFact> facts) {
    LocalDate today = LocalDate.now(clock.withZone(BUSINESS_ZONE));
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    SubmitOutcome[] outcomes = new SubmitOutcome[facts.size()];
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      ReportedFact fact = facts.get(i);
      FactValidator.Result result = validator.validate(fact, jurisdiction, today);
      if (result instanceof FactValidator.Invalid invalid) {
        outcomes[i] = SubmitOutcome.refused(invalid.refusal());
      } else {
        var valid = ((FactValidator.Valid) result).fact();
        String childKey = valid.childIdNumber() == null ? null : keys.keyOf(valid.childIdNumber());
        candidates.add(
            new Candidate(
                i,
                valid,
                keys.keyOf(valid.idNumber()),
                childKey,
                keys.fingerprint(CanonicalJson.bytes(fact))));
      }
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
                ? SubmitOutcome.duplicate(stored.receipt())
                : SubmitOutcome.conflicting(stored.receipt());
      } else if (firstInBatch.putIfAbsent(candidate.key(), candidate) != null) {
        repeats.add(candidate);
      } else {
        toRecord.add(candidate);
      }
    }
    recorder
        .record(toRecord, jurisdiction, now)
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
