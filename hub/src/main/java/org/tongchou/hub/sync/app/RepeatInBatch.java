package org.tongchou.hub.sync.app;

import java.util.List;
import org.tongchou.hub.kernel.FieldViolation;
import org.tongchou.hub.kernel.Refusal;
import org.tongchou.hub.sync.domain.SubmitOutcome;

/** The outcome of a record id that a batch holds twice: as if it had been pushed again. */
final class RepeatInBatch {

  private RepeatInBatch() {}

  static SubmitOutcome outcome(SubmitOutcome first, boolean sameContent) {
    if (first.kind() == SubmitOutcome.Kind.ACCEPTED) {
      return sameContent
          ? SubmitOutcome.duplicate(first.receipt())
          : SubmitOutcome.conflicting(first.receipt());
    }
    if (sameContent) {
      return first;
    }
    return SubmitOutcome.refused(
        new Refusal(
            Refusal.Kind.FAILED_PRECONDITION,
            "RECORD_ID_REPEATED_IN_BATCH",
            "recordId appears earlier in this batch with different content, which was refused",
            List.of(
                new FieldViolation("recordId", "repeated in this batch with different content"))));
  }
}
