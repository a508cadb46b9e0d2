package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.proto.v1.FactOutcome;
import org.tongchou.proto.v1.SubmitRequest;

/**
 * The answers of one push so far, across all of its streams. Outlives each stream, so that after a
 * reconnect exactly the unanswered batches are sent again. Guarded by its own lock: answers arrive
 * on gRPC threads.
 */
final class PushState {

  private final List<MappedFact> facts;
  private final List<Batch> batches = new ArrayList<>();
  private final FactOutcome[] outcomes;
  private final boolean[] answered;
  private int answeredFacts;
  private long firstSendNanos;
  private long lastAnswerNanos;

  /** {@code imported}: every batch is marked as part of an import of the region's history. */
  PushState(List<MappedFact> facts, int batchSize, boolean imported) {
    this.facts = List.copyOf(facts);
    for (int from = 0; from < facts.size(); from += batchSize) {
      SubmitRequest.Builder request =
          SubmitRequest.newBuilder().setBatchSequence(batches.size() + 1L).setImported(imported);
      facts
          .subList(from, Math.min(from + batchSize, facts.size()))
          .forEach(f -> request.addFacts(f.fact()));
      batches.add(new Batch(batches.size(), from, request.build()));
    }
    this.outcomes = new FactOutcome[facts.size()];
    this.answered = new boolean[batches.size()];
  }

  synchronized List<Batch> unanswered() {
    return batches.stream().filter(b -> !answered[b.index()]).toList();
  }

  synchronized void sent() {
    if (firstSendNanos == 0) {
      firstSendNanos = System.nanoTime();
    }
  }

  synchronized int answer(Batch batch, List<FactOutcome> batchOutcomes) {
    if (!answered[batch.index()]) {
      answered[batch.index()] = true;
      answeredFacts += batch.size();
      for (int i = 0; i < batch.size(); i++) {
        outcomes[batch.firstFact() + i] = batchOutcomes.get(i);
      }
    }
    lastAnswerNanos = System.nanoTime();
    return answeredFacts;
  }

  synchronized int answered() {
    return answeredFacts;
  }

  int total() {
    return facts.size();
  }

  synchronized boolean done() {
    return answeredFacts == facts.size();
  }

  synchronized PushResult result(Optional<String> failure) {
    int accepted = 0;
    int duplicate = 0;
    int refused = 0;
    List<Refusal> refusals = new ArrayList<>();
    List<FactAnswer> answers = new ArrayList<>(outcomes.length);
    for (int i = 0; i < outcomes.length; i++) {
      FactAnswer answer = FactAnswers.of(facts.get(i), outcomes[i]);
      answers.add(answer);
      switch (answer.kind()) {
        case ACCEPTED -> accepted++;
        case DUPLICATE -> duplicate++;
        case REFUSED -> {
          refused++;
          refusals.addAll(answer.refusals());
        }
        case NOT_ANSWERED -> {}
      }
    }
    int notSent = facts.size() - answeredFacts;
    return new PushResult(
        accepted,
        duplicate,
        refused,
        notSent,
        refusals,
        answers,
        failure,
        firstSendNanos,
        lastAnswerNanos);
  }
}
