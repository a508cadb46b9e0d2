package org.tongchou.hub.sync.app;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;
import org.tongchou.hub.evidence.app.ReceiptSigner;
import org.tongchou.hub.kernel.CanonicalJson;
import org.tongchou.hub.person.app.EventPositions;
import org.tongchou.hub.person.app.EventPositions.PersonEventRef;
import org.tongchou.hub.person.app.EventPositions.Position;
import org.tongchou.hub.person.app.FeedRecorder;
import org.tongchou.hub.person.app.IdentityStore;
import org.tongchou.hub.person.app.IdentityStore.FirstSighting;
import org.tongchou.hub.person.app.PersonIndex;
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.RecordedDecisions;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.Receipt;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.person.domain.RecordFact;
import org.tongchou.hub.sealing.app.PersonDataKeys;
import org.tongchou.hub.stream.app.PersonRepository;
import org.tongchou.hub.sync.domain.SubmitOutcome;

/**
 * Records a batch in one unit of work and one transaction. Every command runs in a nested unit of
 * work, so Axon appends all of the batch's events in one JDBC batch when the root prepares to
 * commit; the receipts and new identities are written right after that, in the same transaction.
 * The feed takes what the aggregates noted ({@link RecordedDecisions}), as for an office's act or a
 * wake-up: on this thread that is each accepted fact's decision, in the batch's order.
 */
@Component
class BatchRecorder {

  private final CommandGateway commands;
  private final TransactionManager transactions;
  private final EventPositions positions;
  private final ReceiptStore receipts;
  private final IdentityStore identities;
  private final FeedRecorder feed;
  private final ReceiptSigner signer;
  private final PersonIndex index;
  private final PersonDataKeys keys;

  BatchRecorder(
      CommandGateway commands,
      TransactionManager transactions,
      EventPositions positions,
      ReceiptStore receipts,
      IdentityStore identities,
      FeedRecorder feed,
      ReceiptSigner signer,
      PersonIndex index,
      PersonDataKeys keys) {
    this.index = index;
    this.keys = keys;
    this.feed = feed;
    this.signer = signer;
    this.commands = commands;
    this.transactions = transactions;
    this.positions = positions;
    this.receipts = receipts;
    this.identities = identities;
  }

  /**
   * Outcomes by batch index; {@code freshKeys} are the new persons' keys by ID number, indexed for
   * those whose first event this batch records; {@code imported} marks the batch's feed entries as
   * an import's.
   */
  Map<Integer, SubmitOutcome> record(
      List<Candidate> candidates,
      String jurisdiction,
      Instant now,
      Map<String, String> freshKeys,
      boolean imported) {
    Map<Integer, SubmitOutcome> outcomes = new HashMap<>();
    if (candidates.isEmpty()) {
      return outcomes;
    }
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(transactions);
    unitOfWork.resources().put(PersonRepository.KNOWN_NEW_PERSONS, newPersons(candidates));
    keys.prefetch(personKeys(candidates));
    var result =
        unitOfWork.executeWithResult(
            () -> {
              List<Accepted> accepted = new ArrayList<>();
              for (Candidate candidate : candidates) {
                RecordFact fact =
                    new RecordFact(
                        candidate.personKey(),
                        candidate.fact(),
                        jurisdiction,
                        now,
                        candidate.childKey());
                Decision decision =
                    commands.sendAndWait(new RecordPersonFact(candidate.personKey(), fact));
                if (decision instanceof Decision.Accepted a) {
                  accepted.add(new Accepted(candidate, a.fact(), a.chainShown()));
                } else if (decision instanceof Decision.Refused r) {
                  outcomes.put(
                      candidate.index(),
                      r.byStranger()
                          ? SubmitOutcome.refusedToStranger(r.refusal(), candidate.personKey())
                          : SubmitOutcome.refused(r.refusal()));
                }
              }
              // Registered after the commands, so it runs after Axon appended their events.
              unitOfWork.onPrepareCommit(
                  u ->
                      outcomes.putAll(
                          writeReceipts(
                              accepted, RecordedDecisions.take(u), now, freshKeys, imported)));
              return null;
            });
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }
    return outcomes;
  }

  /** The receipts with their events' log positions. */
  private static List<StoredReceipt> withLogPositions(
      List<StoredReceipt> receipts, Map<PersonEventRef, Long> logPositions) {
    List<StoredReceipt> placed = new ArrayList<>(receipts.size());
    for (StoredReceipt s : receipts) {
      Receipt r = s.receipt();
      placed.add(
          new StoredReceipt(
              s.fingerprint(),
              new Receipt(
                  r.eventId(),
                  r.position(),
                  r.recordedAt(),
                  r.hash(),
                  r.previousHash(),
                  r.personKey(),
                  r.region(),
                  r.recordId(),
                  r.personSequence(),
                  null,
                  logPositions.get(new PersonEventRef(r.personKey(), r.personSequence()))),
              s.chainShown()));
    }
    return placed;
  }

  /** The batch's receipts under one signature, each with its audit path. */
  private List<StoredReceipt> signed(List<StoredReceipt> unsigned) {
    // What is signed is what the reporter is shown: without the chain for a stranger.
    List<byte[]> bodies =
        unsigned.stream().map(s -> CanonicalJson.bytes(s.receipt().body(s.chainShown()))).toList();
    ReceiptSigner.SignedBatch batch = signer.sign(bodies);
    List<StoredReceipt> signed = new ArrayList<>(unsigned.size());
    for (int i = 0; i < unsigned.size(); i++) {
      StoredReceipt s = unsigned.get(i);
      signed.add(
          new StoredReceipt(
              s.fingerprint(),
              s.receipt()
                  .signed(
                      new ReceiptSignature(
                          new String(bodies.get(i), StandardCharsets.UTF_8),
                          batch.paths().get(i),
                          batch.batchBody(),
                          batch.signature(),
                          batch.keyId(),
                          s.chainShown())),
              s.chainShown()));
    }
    return signed;
  }

  /** Persons of the batch without a single event, found in one query instead of two per person. */
  private Set<String> newPersons(List<Candidate> candidates) {
    Set<String> keys = new HashSet<>();
    candidates.forEach(c -> keys.add(c.personKey()));
    keys.removeAll(positions.existingPersons(keys));
    return keys;
  }

  /** The batch's persons and the children its facts name: whose data keys it may need. */
  private static Set<String> personKeys(List<Candidate> candidates) {
    Set<String> keys = new HashSet<>();
    for (Candidate c : candidates) {
      keys.add(c.personKey());
      if (c.childKey() != null) {
        keys.add(c.childKey());
      }
    }
    return keys;
  }

  /**
   * A candidate the person accepted, with the fact it recorded: what its receipt is made of, and
   * whether the reporter may see the person's chain in it.
   */
  private record Accepted(Candidate candidate, FactRecorded event, boolean chainShown) {}

  /**
   * {@code decisions} are the accepted candidates' decisions as the aggregates noted them; one
   * positions query serves the receipts and the feed.
   */
  private Map<Integer, SubmitOutcome> writeReceipts(
      List<Accepted> accepted,
      List<Decision.Accepted> decisions,
      Instant now,
      Map<String, String> freshKeys,
      boolean imported) {
    Map<PersonEventRef, Position> where =
        positions.of(
            decisions.stream().flatMap(d -> d.events().stream()).map(PersonEventRef::of).toList());
    Map<Integer, SubmitOutcome> outcomes = new HashMap<>();
    List<StoredReceipt> stored = new ArrayList<>();
    List<FirstSighting> sightings = new ArrayList<>();
    List<FirstSighting> renamed = new ArrayList<>();
    for (Accepted a : accepted) {
      FactRecorded e = a.event();
      Position position = where.get(new PersonEventRef(e.personKey(), e.personSequence()));
      stored.add(
          new StoredReceipt(
              a.candidate().fingerprint(),
              new Receipt(
                  position.eventId(),
                  position.globalIndex(),
                  e.recordedAt(),
                  e.hash(),
                  e.previousHash(),
                  e.personKey(),
                  e.region(),
                  e.recordId(),
                  e.personSequence(),
                  null,
                  0),
              a.chainShown()));
      var fact = a.candidate().fact();
      if (e.personSequence() > 1 && e.nameDigest() != null) {
        // The owner gave a name of its own: it is the name the hub holds from now on.
        renamed.add(
            new FirstSighting(
                e.personKey(), null, a.candidate().fact().fact().person().name(), null));
      }
      if (e.personSequence() == 1) {
        sightings.add(
            new FirstSighting(
                e.personKey(),
                fact.idNumber(),
                fact.fact().person().name(),
                fact.fact().person().registrationRegion()));
      }
      if (fact.childIdNumber() != null) {
        sightings.add(
            new FirstSighting(a.candidate().childKey(), fact.childIdNumber(), null, null));
      }
    }
    identities.rememberNew(sightings, now);
    // The index learns the new persons whose first event is recorded now.
    Set<String> recorded = new java.util.HashSet<>();
    sightings.forEach(s -> recorded.add(s.personKey()));
    Map<String, String> indexed = new java.util.LinkedHashMap<>();
    freshKeys.forEach(
        (number, key) -> {
          if (recorded.contains(key)) {
            indexed.put(number, key);
          }
        });
    index.remember(indexed);
    identities.rename(renamed, now);
    // The feed's positions are taken last but one, since they hold the feed's sequence lock until
    // commit. The receipts come after: each carries, and its signature covers, its event's log
    // position, the one the feed, the export and the checkpoints use (docs/AUDIT.md). That keeps
    // one signature and one receipts insert per batch under the lock.
    Map<PersonEventRef, Long> logPositions = feed.append(decisions, where, imported);
    if (!stored.isEmpty()) {
      stored = signed(withLogPositions(stored, logPositions));
      receipts.insertAll(stored);
      for (int i = 0; i < accepted.size(); i++) {
        outcomes.put(
            accepted.get(i).candidate().index(), SubmitOutcome.accepted(stored.get(i).shown()));
      }
    }
    return outcomes;
  }
}
