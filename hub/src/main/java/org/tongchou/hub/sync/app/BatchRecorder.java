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
import org.tongchou.hub.person.app.RecordPersonFact;
import org.tongchou.hub.person.app.RecordedDecisions;
import org.tongchou.hub.person.domain.Decision;
import org.tongchou.hub.person.domain.FactRecorded;
import org.tongchou.hub.person.domain.Receipt;
import org.tongchou.hub.person.domain.ReceiptSignature;
import org.tongchou.hub.person.domain.RecordFact;
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

  BatchRecorder(
      CommandGateway commands,
      TransactionManager transactions,
      EventPositions positions,
      ReceiptStore receipts,
      IdentityStore identities,
      FeedRecorder feed,
      ReceiptSigner signer) {
    this.feed = feed;
    this.signer = signer;
    this.commands = commands;
    this.transactions = transactions;
    this.positions = positions;
    this.receipts = receipts;
    this.identities = identities;
  }

  /** Outcomes by batch index. */
  Map<Integer, SubmitOutcome> record(List<Candidate> candidates, String jurisdiction, Instant now) {
    Map<Integer, SubmitOutcome> outcomes = new HashMap<>();
    if (candidates.isEmpty()) {
      return outcomes;
    }
    UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
    unitOfWork.attachTransaction(transactions);
    unitOfWork.resources().put(PersonRepository.KNOWN_NEW_PERSONS, newPersons(candidates));
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
                  accepted.add(new Accepted(candidate, a.fact()));
                } else {
                  outcomes.put(
                      candidate.index(),
                      SubmitOutcome.refused(((Decision.Refused) decision).refusal()));
                }
              }
              // Registered after the commands, so it runs after Axon appended their events.
              unitOfWork.onPrepareCommit(
                  u -> outcomes.putAll(writeReceipts(accepted, RecordedDecisions.take(u), now)));
              return null;
            });
    if (result.isExceptional()) {
      Throwable failure = result.exceptionResult();
      throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
    }
    return outcomes;
  }

  /** The batch's receipts under one signature, each with its audit path. */
  private List<StoredReceipt> signed(List<StoredReceipt> unsigned) {
    List<byte[]> bodies = unsigned.stream().map(s -> CanonicalJson.bytes(s.receipt())).toList();
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
                          batch.keyId()))));
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

  /** A candidate the person accepted, with the fact it recorded: what its receipt is made of. */
  private record Accepted(Candidate candidate, FactRecorded event) {}

  /**
   * {@code decisions} are the accepted candidates' decisions as the aggregates noted them; one
   * positions query serves the receipts and the feed.
   */
  private Map<Integer, SubmitOutcome> writeReceipts(
      List<Accepted> accepted, List<Decision.Accepted> decisions, Instant now) {
    Map<PersonEventRef, Position> where =
        positions.of(
            decisions.stream().flatMap(d -> d.events().stream()).map(PersonEventRef::of).toList());
    Map<Integer, SubmitOutcome> outcomes = new HashMap<>();
    List<StoredReceipt> stored = new ArrayList<>();
    List<FirstSighting> sightings = new ArrayList<>();
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
                  null)));
      var fact = a.candidate().fact();
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
    if (!stored.isEmpty()) {
      stored = signed(stored);
      receipts.insertAll(stored);
      for (int i = 0; i < accepted.size(); i++) {
        outcomes.put(
            accepted.get(i).candidate().index(), SubmitOutcome.accepted(stored.get(i).receipt()));
      }
    }
    identities.rememberNew(sightings, now);
    // Last, because it takes the feed's sequence lock, which is then held only until commit.
    feed.append(decisions, where);
    return outcomes;
  }
}
