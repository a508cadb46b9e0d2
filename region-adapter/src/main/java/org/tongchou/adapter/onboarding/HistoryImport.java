package org.tongchou.adapter.onboarding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.tongchou.adapter.facts.HistoryKeys;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.hub.FactAnswer;
import org.tongchou.adapter.hub.FactPusher;
import org.tongchou.adapter.hub.ParallelPush;
import org.tongchou.adapter.hub.PushResult;

/**
 * Pushes a history in {@link HistoryOrder}, a chunk at a time, from where its journal's checkpoint
 * stands. A chunk goes out over parallel streams, each person's facts on one stream in order (the
 * hub applies a stream's facts in the order sent); when every fact of the chunk is answered, the
 * outcomes are journaled and only then does the checkpoint move. A chunk cut off by a failure
 * journals the answered facts that precede the first unanswered one and stops; the next run sends
 * the rest again, which the hub, idempotent on (region, record id), answers as duplicates where it
 * had recorded them. Refusals are outcomes like any other and never stop the import.
 */
public final class HistoryImport {

  /**
   * What an import has done, this run and the runs before it.
   *
   * @param notSent facts of the import still without a recorded outcome
   * @param refusals every refusal recorded, in the import's order
   * @param failure why this run stopped before the end, if it did
   */
  public record Result(
      long accepted,
      long duplicate,
      long refused,
      long notSent,
      List<ImportRefusal> refusals,
      Optional<String> failure) {

    /** Copies the refusals. */
    public Result {
      refusals = List.copyOf(refusals);
    }
  }

  private final FactPusher pusher;
  private final int streams;
  private final int chunk;

  /**
   * @param pusher pushes each stream's share of a chunk; its batches are marked as an import's
   * @param streams parallel Submit streams, at least 1
   * @param chunk facts per checkpoint, at least 1
   */
  public HistoryImport(FactPusher pusher, int streams, int chunk) {
    if (streams < 1 || chunk < 1) {
      throw new IllegalArgumentException("streams and chunk must be at least 1");
    }
    this.pusher = pusher.asImport();
    this.streams = streams;
    this.chunk = chunk;
  }

  /** Runs the import of {@code ordered} from the journal's checkpoint to the end or a failure. */
  public Result run(List<SourcedFact> ordered, ImportJournal journal, ImportProgress progress)
      throws InterruptedException, JournalException {
    Optional<String> failure = Optional.empty();
    progress.reached(journal.done(), ordered.size());
    while (journal.done() < ordered.size() && failure.isEmpty()) {
      int from = (int) journal.done();
      List<SourcedFact> facts = ordered.subList(from, Math.min(from + chunk, ordered.size()));
      Chunk sent = send(facts, from, ordered.size(), progress);
      int answered = sent.answeredPrefix();
      journal.record(facts.subList(0, answered), sent.answers().subList(0, answered));
      failure = sent.failure();
      progress.reached(journal.done(), ordered.size());
    }
    return new Result(
        journal.accepted(),
        journal.duplicate(),
        journal.refused(),
        ordered.size() - journal.done(),
        journal.refusals(),
        failure);
  }

  private Chunk send(List<SourcedFact> facts, long base, long total, ImportProgress progress)
      throws InterruptedException {
    List<List<MappedFact>> lanes = new ArrayList<>();
    List<List<Integer>> where = new ArrayList<>();
    for (int s = 0; s < streams; s++) {
      lanes.add(new ArrayList<>());
      where.add(new ArrayList<>());
    }
    for (int i = 0; i < facts.size(); i++) {
      MappedFact fact = facts.get(i).fact();
      int lane = Math.floorMod(HistoryKeys.person(fact).hashCode(), streams);
      lanes.get(lane).add(fact);
      where.get(lane).add(i);
    }
    AtomicIntegerArray answeredByLane = new AtomicIntegerArray(streams);
    PushResult result =
        ParallelPush.pushAll(
            pusher,
            lanes,
            lane ->
                (answered, ofLane) -> {
                  answeredByLane.set(lane, answered);
                  long sum = 0;
                  for (int s = 0; s < streams; s++) {
                    sum += answeredByLane.get(s);
                  }
                  progress.reached(base + sum, total);
                });
    // merge() lists the answers lane after lane, each lane in the order it was sent.
    FactAnswer[] inOrder = new FactAnswer[facts.size()];
    int next = 0;
    for (List<Integer> lane : where) {
      for (int index : lane) {
        inOrder[index] = result.answers().get(next++);
      }
    }
    return new Chunk(List.of(inOrder), result.failure());
  }

  private record Chunk(List<FactAnswer> answers, Optional<String> failure) {

    int answeredPrefix() {
      int n = 0;
      while (n < answers.size() && answers.get(n).kind() != FactAnswer.Kind.NOT_ANSWERED) {
        n++;
      }
      return n;
    }
  }
}
