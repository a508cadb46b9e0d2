package org.tongchou.adapter.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tongchou.adapter.facts.FactLineMapper;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.adapter.hub.FactAnswer;
import org.tongchou.adapter.hub.PushResult;
import org.tongchou.adapter.local.OutboxRow;
import org.tongchou.adapter.local.RowOutcome;

/**
 * One page of pending outbox rows: the facts that map go to the hub in id order; a row that does
 * not map is refused here and never sent, exactly as a bad line of a pushed file would be.
 */
final class OutboxPage {

  private final List<Long> pushedIds = new ArrayList<>();
  private final List<MappedFact> facts = new ArrayList<>();
  private final List<RowOutcome> refusedHere = new ArrayList<>();

  OutboxPage(List<OutboxRow> rows, FactLineMapper mapper) {
    for (OutboxRow row : rows) {
      FactLineMapper.Result result = mapper.map(row.factJson());
      if (result instanceof FactLineMapper.Result.Mapped m) {
        pushedIds.add(row.id());
        facts.add(new MappedFact(facts.size() + 1, m.fact()));
      } else if (result instanceof FactLineMapper.Result.Refused r) {
        String line =
            (r.field() == null ? "-" : r.field())
                + "  "
                + Refusal.LOCAL_CODE
                + "  "
                + r.reason()
                + " (refused by the adapter, never sent)";
        refusedHere.add(
            new RowOutcome(
                row.id(), RowOutcome.State.REFUSED, Refusal.LOCAL_CODE, line, Optional.empty()));
      }
    }
  }

  List<MappedFact> facts() {
    return facts;
  }

  List<Long> pushedIds() {
    return pushedIds;
  }

  List<RowOutcome> refusedHere() {
    return refusedHere;
  }

  /**
   * The outcome of every row the hub answered, with the rows refused here; unanswered rows stay
   * pending.
   */
  List<RowOutcome> outcomes(PushResult result) {
    List<RowOutcome> outcomes = new ArrayList<>(refusedHere);
    for (int i = 0; i < result.answers().size(); i++) {
      outcome(pushedIds.get(i), result.answers().get(i)).ifPresent(outcomes::add);
    }
    return outcomes;
  }

  private static Optional<RowOutcome> outcome(long id, FactAnswer answer) {
    return switch (answer.kind()) {
      case ACCEPTED ->
          Optional.of(new RowOutcome(id, RowOutcome.State.ACCEPTED, "OK", "", answer.receipt()));
      case DUPLICATE ->
          Optional.of(new RowOutcome(id, RowOutcome.State.DUPLICATE, "OK", "", answer.receipt()));
      case REFUSED -> Optional.of(refused(id, answer));
      case NOT_ANSWERED -> Optional.empty();
    };
  }

  private static RowOutcome refused(long id, FactAnswer answer) {
    String lines =
        answer.refusals().stream()
            .map(r -> r.field() + "  " + r.code() + "  " + r.reason())
            .collect(Collectors.joining("\n"));
    // ALREADY_EXISTS names the other fact holding this recordId: where a person should look.
    String original =
        answer
            .receipt()
            .map(
                r ->
                    "\nthe fact recorded under this recordId: event "
                        + r.eventId()
                        + " at position "
                        + r.position())
            .orElse("");
    String code = answer.refusals().isEmpty() ? "UNKNOWN" : answer.refusals().get(0).code();
    return new RowOutcome(id, RowOutcome.State.REFUSED, code, lines + original, Optional.empty());
  }
}
