package org.tongchou.adapter.hub;

import java.util.List;
import java.util.Optional;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.proto.v1.FactOutcome;

/** Maps a wire {@code FactOutcome} to a {@link FactAnswer}. */
final class FactAnswers {

  private FactAnswers() {}

  static FactAnswer of(MappedFact fact, FactOutcome outcome) {
    if (outcome == null) {
      return new FactAnswer(
          fact.recordId(), FactAnswer.Kind.NOT_ANSWERED, Optional.empty(), List.of());
    }
    Optional<HubReceipt> receipt =
        outcome.hasReceipt() ? Optional.of(receipt(outcome)) : Optional.empty();
    return switch (outcome.getKind()) {
      case ACCEPTED ->
          new FactAnswer(fact.recordId(), FactAnswer.Kind.ACCEPTED, receipt, List.of());
      case DUPLICATE ->
          new FactAnswer(fact.recordId(), FactAnswer.Kind.DUPLICATE, receipt, List.of());
      default ->
          new FactAnswer(
              fact.recordId(), FactAnswer.Kind.REFUSED, receipt, OutcomeRefusals.of(fact, outcome));
    };
  }

  private static HubReceipt receipt(FactOutcome outcome) {
    var r = outcome.getReceipt();
    return new HubReceipt(
        r.getEventId(), r.getPosition(), FeedEntries.instant(r.getRecordedAt()), r.getHash());
  }
}
