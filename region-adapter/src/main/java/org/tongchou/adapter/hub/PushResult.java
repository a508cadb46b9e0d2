package org.tongchou.adapter.hub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.tongchou.adapter.facts.Refusal;

/**
 * What became of a push.
 *
 * @param accepted facts the hub recorded now
 * @param duplicate facts the hub had already recorded with the same content
 * @param refused facts the hub refused (see {@code refusals})
 * @param notSent facts without an answer because the push stopped (see {@code failure})
 * @param refusals one or more per refused fact, in the order of the facts
 * @param answers one per fact pushed, in the order pushed (NOT_ANSWERED where {@code notSent})
 * @param failure why the push stopped before every fact was answered, if it did
 * @param firstSendNanos {@link System#nanoTime()} of the first batch sent, 0 if none
 * @param lastAnswerNanos {@link System#nanoTime()} of the last answer received, 0 if none
 */
public record PushResult(
    int accepted,
    int duplicate,
    int refused,
    int notSent,
    List<Refusal> refusals,
    List<FactAnswer> answers,
    Optional<String> failure,
    long firstSendNanos,
    long lastAnswerNanos) {

  /** Copies the lists. */
  public PushResult {
    refusals = List.copyOf(refusals);
    answers = List.copyOf(answers);
  }

  /** Facts the hub answered, whatever the answer. */
  public int answered() {
    return accepted + duplicate + refused;
  }

  /**
   * Sums pushes that ran side by side. The answers follow each other in the order of {@code
   * results}; the time span runs from the earliest first send to the latest answer; the failures
   * are joined.
   */
  public static PushResult merge(List<PushResult> results) {
    List<Refusal> refusals = new ArrayList<>();
    List<FactAnswer> answers = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int accepted = 0, duplicate = 0, refused = 0, notSent = 0;
    long first = Long.MAX_VALUE, last = 0;
    for (PushResult r : results) {
      accepted += r.accepted;
      duplicate += r.duplicate;
      refused += r.refused;
      notSent += r.notSent;
      refusals.addAll(r.refusals);
      answers.addAll(r.answers);
      r.failure.ifPresent(failures::add);
      first = r.firstSendNanos == 0 ? first : Math.min(first, r.firstSendNanos);
      last = Math.max(last, r.lastAnswerNanos);
    }
    Optional<String> failure =
        failures.isEmpty()
            ? Optional.empty()
            : Optional.of(String.join("; ", new LinkedHashSet<>(failures)));
    return new PushResult(
        accepted,
        duplicate,
        refused,
        notSent,
        refusals,
        answers,
        failure,
        first == Long.MAX_VALUE ? 0 : first,
        last);
  }
}
