package org.tongchou.adapter.hub;

import java.util.List;
import org.tongchou.adapter.facts.MappedFact;
import org.tongchou.adapter.facts.Refusal;
import org.tongchou.proto.v1.FactOutcome;

/** Turns a refused outcome into refusals against the fact's line: one per field violation. */
final class OutcomeRefusals {

  private OutcomeRefusals() {}

  static List<Refusal> of(MappedFact fact, FactOutcome outcome) {
    String recordId =
        outcome.getRecordId().isEmpty() ? fact.fact().getRecordId() : outcome.getRecordId();
    if (outcome.getKind() != FactOutcome.Kind.REFUSED) {
      // Never sent by a hub that keeps the contract; counted as refused so that it is looked at.
      return List.of(
          new Refusal(
              fact.line(),
              recordId,
              "-",
              "UNKNOWN",
              "the hub sent outcome kind " + outcome.getKind()));
    }
    StatusDetails details = StatusDetails.of(outcome.getRefusal());
    if (details.violations().isEmpty()) {
      return List.of(
          new Refusal(fact.line(), recordId, "-", details.code(), details.messageWithReason()));
    }
    String suffix = details.reason().map(r -> " (" + r + ")").orElse("");
    return details.violations().stream()
        .map(
            v ->
                new Refusal(
                    fact.line(), recordId, v.field(), details.code(), v.description() + suffix))
        .toList();
  }
}
